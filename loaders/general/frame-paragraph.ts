/**
 * Which period a sentence that opens a paragraph sets for the sentences after it: a year or a span of
 * a quarter or more frames them ("During the first 6 months of 2019, …"), a month frames only its own
 * sentence; and in a paragraph that opened by stating figures for a part of the reporting period,
 * "the reporting period" means that part ("In 2017, … During the reporting period, 31 traffickers …").
 */
import type {Period} from "../types.js";

const DAY_MS = 86_400_000;

/** Whether an opening period frames the sentences that follow it in its paragraph. */
export function framesParagraph(period: Period): boolean {
  if (!period.partial) return true;
  if (!period.start || !period.end || period.stock) return false;
  return (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS >= 89;
}

/** The period "the reporting period" names in a paragraph opened by statistics of `opening`, if it narrows the document's. */
export function paragraphReportingPeriod(opening: Period, reporting: Period | null): Period | null {
  if (!reporting || !framesParagraph(opening) || opening.stock) return null;
  const inside = opening.start >= reporting.start && opening.end <= reporting.end;
  const narrower = opening.start !== reporting.start || opening.end !== reporting.end;
  return inside && narrower ? opening : null;
}
