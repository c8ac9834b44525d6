/**
 * "Around 3,760 left in the first quarter of 2017", "57 moved out of the country", "with just over 14,000 coming to
 * the island": a bare count that opens its clause as the subject of a verb of moving counts the people who moved.
 */
import {MOVER_VERBS} from "../vocabulary/events.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";

const MOVED = `(?:${alternation(MOVER_VERBS)})`;
// What follows such a verb when people moved: where to or from, when, or nothing more; "came" only to a place, since
// "17.2 million came from Switzerland" is money sent home as often as people.
const AFTER = new RegExp(
  String.raw`^\s+(?:${MOVED}(?:\s+(?:out|away|abroad|overseas|here|there|back|home))?(?:\s+(?:to|from|for|in|into|during|between|over|on|out\s+of|of)\b|\s*[,;.]|\s+(?:and|while|whereas|compared)\b|\s*$)|(?:came|coming)\s+(?:to|into|here|back\s+to)\b|(?:left|leaving|departed)\s+(?:the|their)\s+(?:country|island|islands|territory|state|kingdom|republic)\b)`,
  "i"
);
// Where the count opens its clause: the sentence's start, a comma, "and", "while" or "with", or after the year that
// opens the sentence ("In 2019 some 1,250 left"), a hedge between.
const OPENS = new RegExp(
  String.raw`(?:^|[,;:]|\b(?:and|while|whereas|with|but)|^\s*(?:in|during|last|this)\s+(?:the\s+)?(?:year|(?:19|20)\d\d))\s*(?:(?:${alternation(APPROX_BEFORE)})\s+)?$`,
  "i"
);

/** Whether a bare count, with `before` and `after` it in its sentence, is the subject of a verb of moving. */
export function countsMovers(before: string, after: string): boolean {
  return OPENS.test(before) && AFTER.test(after);
}
