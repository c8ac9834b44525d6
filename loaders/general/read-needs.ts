/**
 * "measures have been taken to address medical needs of 120 people, social protection needs of 80 persons and
 * education needs of 11 persons": the kind of need a count of people is helped with names its part.
 */
const NEEDS_OF = /([a-z][a-z\s-]{0,40}?)\s+needs\s+(?:of|for)\s+$/i;
// Words before the kind of need that are no part of it ("to address medical", "and education").
const NOT_A_NEED = new Set([
  "to",
  "address",
  "addressing",
  "addressed",
  "meet",
  "meeting",
  "met",
  "the",
  "their",
  "of",
  "and",
  "or",
  "for",
  "whose"
]);

/** The kind of need named just before a count ("medical needs of 120 people" → "medical"), else null. */
export function needBefore(before: string): string | null {
  const m = NEEDS_OF.exec(before.slice(-60));
  if (!m) return null;
  const words = m[1].split(/[,;]/).at(-1)!.trim().toLowerCase().split(/\s+/);
  let start = words.length;
  while (start > 0 && !NOT_A_NEED.has(words[start - 1]) && words.length - start < 2) start--;
  const need = words.slice(start).join(" ");
  return need || null;
}
