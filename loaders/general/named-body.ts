/**
 * A body's name written with the acronym it is known by, between a number and what it counts: "32 Organisation of
 * Eastern Caribbean States (OECS) nationals", "1,200 Economic Community of West African States (ECOWAS) citizens".
 */

// Capitalised words with the small words of a name between them, then the acronym in brackets.
const NAMED_BODY =
  /^\s*[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|and|the|for|on|in|to|&)\s+)*[A-Z][\p{L}’'-]*){0,7}\s*\(([A-Z]{2,8})\)\s+/u;

/** A named body and its acronym at the start of `text`: its length with the space after it, and the acronym. */
export function namedBody(text: string): {length: number; acronym: string} | null {
  const m = NAMED_BODY.exec(text);
  return m ? {length: m[0].length, acronym: m[1]} : null;
}

/** The length of a named body and its acronym at the start of `text`, with the space after it; 0 when there is none. */
export function namedBodyLength(text: string): number {
  return namedBody(text)?.length ?? 0;
}

/** Whether `text` opens with a named body and its acronym followed by a plural noun, the thing counted. */
export function opensWithNamedBody(text: string): boolean {
  const n = namedBodyLength(text);
  // "(EU) received", "(IOM) says": a verb after the body makes it the subject, not a modifier.
  return n > 0 && /^[a-z]{2,}s\b/.test(text.slice(n)) && !/^(?:has|was|is|says|does)\b/.test(text.slice(n));
}
