/**
 * "including 15,969 for new recruitment, 66,898 for general work permits, and 2,804 applications for special work
 * permits": the last part of a list of parts named by what they are for restates the list's noun, and is named by
 * what it is for too.
 */

/** What a list item with its noun restated is for ("applications for special work permits" → "special work permits"). */
export function listedFor(after: string): string | null {
  const m = /^\s+for\s+(?:the\s+)?((?:[a-z][a-z-]*\s+){0,4}?[a-z][a-z-]*)(?=\s*(?:[,;.)(]|and\b|$))/i.exec(after);
  return m ? m[1].toLowerCase() : null;
}

/** Whether the words from one item's number to the next number are that item's and a list's comma (", and "). */
export function nextInList(between: string): boolean {
  return /^[^\d.;]*,\s*(?:and\s+)?$/i.test(between);
}
