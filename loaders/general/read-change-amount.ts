/**
 * A difference between two counts written as a number and a comparative: "(2,473 less, -45.2%)", "1,600 more
 * than the year before", "only two more immigrants arrived … than in the same period of 2019". The number is
 * how much the count changed, not a count.
 */
import {COMPARATIVES} from "../vocabulary/quantities.js";

const WORDS = COMPARATIVES.join("|");
// The comparative right after the number, closing its phrase or going on to "than".
const BARE = new RegExp(String.raw`^\s+(?:${WORDS})(?=\s*(?:[,;:)]|[.](?:\s|$)|$)|\s+than\b)`, "i");
// "two more immigrants arrived … than in": a noun between, and "than" later in the same clause.
const NOUN_THAN = new RegExp(
  String.raw`^\s+(?:${WORDS})\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\b[^.;()]*?\bthan\b`,
  "i"
);

/** Whether the words after a number make it a change between two counts. */
export function isChangeAmount(after: string): boolean {
  return BARE.test(after) || NOUN_THAN.test(after);
}
