/**
 * "initiated 12 prosecutions and continued nine", "reported initiating 10 and continuing 13 investigations": the verb
 * just before a count of cases says whether they were opened in the period or carried on from before it.
 */
import {CASE_STAGES, STAGE_BRIDGES} from "../vocabulary/case-stages.js";

const words = (list: string[]) => list.map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");

const STAGE_BEFORE = new RegExp(
  String.raw`\b(${words(CASE_STAGES.flatMap((s) => s.verbs))})\s+(?:the\s+)?(?:(?:${words(STAGE_BRIDGES)})\s+)?(?:(?:a\s+total\s+of|at\s+least|approximately|about|some|another|an\s+additional)\s+)?$`,
  "i"
);

/** The stage the verb ending `lead` (the text before a count) names, or null. */
export function caseStage(lead: string): string | null {
  const verb = STAGE_BEFORE.exec(lead)?.[1].toLowerCase();
  return verb ? (CASE_STAGES.find((s) => s.verbs.includes(verb))?.label ?? null) : null;
}
