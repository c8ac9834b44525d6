/**
 * The words between a subject and the level it stands at or the levels it changed between: "rose from", "rose from
 * 196 in 2010 to", "stands at", "has reached". A place named in that subject ("arrivals in the Canary islands rose
 * from …", "refugees registered in Greater Cairo stands at …") is where every such level was counted.
 */
import {alternation} from "./alternation.js";
import {APPROX_LEVEL, CHANGED_TO} from "./change-level.js";
import {STOCK_VERBS} from "../vocabulary/period-words.js";

/** The end of a sentence's lead after its subject: a verb of level or change and what stands before the number. */
export const SUBJECT_LEVEL_END = String.raw`(?:(?:(?:has|have|had)\s+)?${CHANGED_TO}|(?:${alternation(STOCK_VERBS)}))\s+${APPROX_LEVEL}$`;
