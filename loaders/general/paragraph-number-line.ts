/**
 * "47." on a line of its own: a UN document's paragraph number, printed apart from its text (a heading or a page
 * break may stand before it), is no statistic however the sentences around it run.
 */

/** Whether the number at raw offsets [start, end) stands alone on its line, followed by a full stop. */
export function paragraphNumberLine(raw: string, start: number, end: number): boolean {
  const lineStart = raw.lastIndexOf("\n", start - 1) + 1;
  const next = raw.indexOf("\n", end);
  const lineEnd = next < 0 ? raw.length : next;
  if (!/^[ \t]*$/.test(raw.slice(lineStart, start)) || !/^\.[ \t]*$/.test(raw.slice(end, lineEnd)) || end - start > 3)
    return false;
  // "the number detained was\n49.": a line ending on a verb or a preposition runs on into the number.
  return !RUNS_ON.test(raw.slice(Math.max(0, lineStart - 40), lineStart));
}

const RUNS_ON =
  /\b(?:was|were|is|are|be|been|of|to|by|at|in|on|for|and|or|than|from|with|totalled|totaled|reached|numbered|stood|about|some|nearly)\s*$/i;
