/**
 * A news item or a statistical release whose sidecar spans two whole calendar years sets its latest year against the
 * one before: the figures it states with no period of their own are the latest year's. Longer spans stay whole: a
 * series or a running total states its own.
 */
import type {Period} from "../types.js";
import {parsePeriodLabel} from "./parse-period.js";

const RELEASE_KINDS = new Set(["press_item", "agency_release"]);

/** The period a release's undated figures are of: its sidecar's, or the second of two calendar years. */
export function releaseYear(period: Period | null, kind: string | undefined): Period | null {
  if (!period || !kind || !RELEASE_KINDS.has(kind)) return period;
  const [first, last] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  const wholeYears = period.start.endsWith("-01-01") && period.end.endsWith("-12-31");
  return wholeYears && Number(last) - Number(first) === 1 ? parsePeriodLabel(last) : period;
}
