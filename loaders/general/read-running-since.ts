/**
 * "Since 2003, the centre has assisted 1,000 victims. It has repatriated 400 victims …": a running total opened by
 * "since" a year goes on in the next sentences that tell, in the present perfect and with no period of their own,
 * what the same subject has done; they count over the same run of years.
 */
import type {Period} from "../types.js";
import {isPresentPerfect} from "./read-perfect.js";

const SINCE_OPENING = /^\s*since\s+(?:the\s+(?:beginning|start)\s+of\s+)?$/i;

/** The run a sentence opens with "Since <year>, …", or null when it opens otherwise. */
export function runningSince(text: string, firstPeriodAt: number | undefined, opening: Period | null): Period | null {
  if (!opening || firstPeriodAt === undefined) return null;
  return SINCE_OPENING.test(text.slice(0, firstPeriodAt)) ? opening : null;
}

// "It has", "They have also", "The centre has": a subject the sentence opens on, then the perfect's auxiliary.
const CONTINUING_SUBJECT = /^\s*(?:It|They|(?:The|This|These)\s+(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:has|have)\b/;

/** Whether a sentence with no period of its own goes on telling what was done over the run before it. */
export function continuesRun(text: string, at: number): boolean {
  // "It has safely returned 11 victims": a manner adverb stands between the auxiliary and its participle.
  const lead = text.slice(0, at).replace(/\b(has|have)\s+[a-z]+ly\s+/gi, "$1 ");
  return CONTINUING_SUBJECT.test(text) && isPresentPerfect(lead, lead.length);
}
