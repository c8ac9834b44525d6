/**
 * A level a change starts from or reaches: "increased from two in 2017 to 190", "fell to three". A number word
 * there is as bare as digits are, and counts what the clause's subject counts.
 */
import {alternation} from "./alternation.js";
import {APPROX_BEFORE, CHANGE_VERBS} from "../vocabulary/quantities.js";

const APPROX = `(?:(?:${alternation(APPROX_BEFORE)})\\s+)?`;
// "from" or "to" after the verb and its adverb ("rose sharply to"), or "to" after the level it started from ("from two in 2017 to").
const LEVEL = new RegExp(
  `\\b(?:${alternation(CHANGE_VERBS)})(?:\\s+[a-z]+ly)?(?:\\s+(?:from|to)|\\s+from\\s+[^.;:()]{1,40}?\\s+to)\\s+${APPROX}$`,
  "i"
);

/** Whether the number after `lead` is a level a change starts from or reaches. */
export function isChangeLevel(lead: string): boolean {
  return LEVEL.test(lead.slice(-160));
}
