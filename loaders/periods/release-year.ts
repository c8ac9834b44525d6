/**
 * A release, a news item or an annual chapter whose sidecar spans the two years it compares states its undated
 * figures for the later one. Other spans stay whole: a series, a running total or a periodic report states its own.
 */
import type {Period} from "../types.js";
import {lastDay, periodFromBounds} from "./parse-period.js";

const COMPARING_KINDS = new Set(["press_item", "agency_release", "annual_trafficking_chapter"]);

/** Whole months from a period's first day to its last, or null when it does not run from a 1st to a month's end. */
function wholeMonths(p: Period): number | null {
  const [ys, ms, ds] = p.start.split("-").map(Number);
  const [ye, me, de] = p.end.split("-").map(Number);
  if (ds !== 1 || de !== lastDay(ye, me)) return null;
  return (ye - ys) * 12 + (me - ms) + 1;
}

/** The period a document's undated figures are of: its sidecar's, or the later of the two years the sidecar spans. */
export function releaseYear(period: Period | null, kind: string | undefined): Period | null {
  if (!period || !kind || !COMPARING_KINDS.has(kind)) return period;
  // Two years in a row: the second twelve months, opening a year after the span's first day. A span of thirteen
  // months is left whole: it may be a month set against the same month a year before, or a government year that runs
  // mid-month to mid-month.
  if (wholeMonths(period) !== 24) return period;
  return periodFromBounds(`${Number(period.start.slice(0, 4)) + 1}${period.start.slice(4)}`, period.end);
}
