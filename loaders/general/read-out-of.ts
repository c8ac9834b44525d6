import type {Breakdown} from "../types.js";

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

/**
 * Gives a part ("17 of 21 deportees living in the United States") the place and citizenship its whole was read with,
 * where it names none of its own; a citizenship the part's predicate named (`partCitizenship`) is the part's alone.
 */
export function partOfWhole(part: Breakdown, whole: Breakdown, partCitizenship?: string): void {
  part.country ||= whole.country;
  if (whole.citizenship !== partCitizenship) part.citizenship ||= whole.citizenship;
}

// "by the 65 deportees", "the identity of the 17 deportees": a definite count inside a phrase, after a preposition.
const DEFINITE_IN_PHRASE = /\b(?:of|by|among|for|to|with|from|on|about)\s+the\s+$/i;

/**
 * Whether a count standing as "the N <noun>" after a preposition names again a group the document counted before
 * (`earlier` holds the values already read), not a new count.
 */
export function wholeNamedAgain(lead: string, value: number, earlier: ReadonlySet<number>): boolean {
  // "63 of the 64 identified victims": the whole of a partitive is stated for the part, whatever came before.
  const partitive =
    /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|none|most|some|each))\s+(?:out\s+)?of\s+the\s+$/i;
  // "Of the 64 victims, 58 were …": a sentence opening on the whole states it again for the parts after it.
  const opening = /^\W*of\s+the\s+$/i.test(lead);
  return earlier.has(value) && DEFINITE_IN_PHRASE.test(lead) && !partitive.test(lead) && !opening;
}
