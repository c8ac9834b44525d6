/**
 * "initiated 12 prosecutions and continued nine", "reported initiating 10 and continuing 13 investigations": the verb
 * just before a count of cases says whether they were opened in the period or carried on from before it.
 */
import {CASE_STAGES, STAGE_BRIDGES} from "../vocabulary/case-stages.js";
import {MORE_MARKERS, TOTAL_MARKERS} from "../vocabulary/nouns.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";

// "initiated a total of 12", "continued another nine": hedges, totals and additions may stand before the count.
const HEDGES = [...APPROX_BEFORE, ...MORE_MARKERS, ...TOTAL_MARKERS.filter((m) => m.endsWith(" of"))];
const STAGE_BEFORE = new RegExp(
  String.raw`\b(${alternation(CASE_STAGES.flatMap((s) => s.verbs))})\s+(?:the\s+)?(?:(?:${alternation(STAGE_BRIDGES)})\s+)?(?:(?:${alternation(HEDGES)})\s+)?$`,
  "i"
);

/** The stage the verb ending `lead` (the text before a count) names, or null. */
export function caseStage(lead: string): string | null {
  const verb = STAGE_BEFORE.exec(lead)?.[1].toLowerCase();
  return verb ? (CASE_STAGES.find((s) => s.verbs.includes(verb))?.label ?? null) : null;
}
