/**
 * "50 were not allowed to land out of 10,800 persons", "17 were deported out of the 21 detainees": a count with a
 * predicate of its own and then "out of" a whole is a part of that whole, and counts what the whole counts.
 */

// The part's predicate (a copula or a perfect and up to eight words, no other clause), then "out of" before the whole.
const PREDICATE_OUT_OF =
  /^\s+(?:of\s+(?:them|these|those|whom)\s+)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got|received|obtained)\b[^,;.()]{0,80}?\s+out\s+of\s+(?:a\s+total\s+of\s+|the\s+)?$/i;

/** Whether the words between a bare count and the next count (`between`) make the first a part of the second. */
export function partBeforeOutOf(between: string): boolean {
  return PREDICATE_OUT_OF.test(between) && !/\d/.test(between.replace(/\b(?:19|20)\d\d\b/g, ""));
}
