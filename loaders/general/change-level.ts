/**
 * A level a change starts from or reaches: "increased from two in 2017 to 190", "fell to three". A number word
 * there is as bare as digits are, and counts what the clause's subject counts.
 */
import {alternation} from "./alternation.js";
import {APPROX_BEFORE, CHANGE_VERBS} from "../vocabulary/quantities.js";

/** The words of approximation that may stand right before a level. */
export const APPROX_LEVEL = `(?:(?:${alternation(APPROX_BEFORE)})\\s+)?`;
/** A verb of change and its adverb, then "from" or "to", or "to" after the level it started from ("from two in 2017 to"). */
export const CHANGED_TO = `\\b(?:${alternation(CHANGE_VERBS)})(?:\\s+[a-z]+ly)?(?:\\s+(?:from|to)|\\s+from\\s+[^.;:()]{1,40}?\\s+to)`;
const LEVEL = new RegExp(`${CHANGED_TO}\\s+${APPROX_LEVEL}$`, "i");

/** Whether the number after `lead` is a level a change starts from or reaches. */
export function isChangeLevel(lead: string): boolean {
  return LEVEL.test(lead.slice(-160));
}
