/**
 * "Net remittances for the month were US$126.3 million", "for the review month": in a release on whole months, the
 * month it speaks of is the last one it reports on (in a release on one month, that month).
 */
import type {Period} from "../types.js";
import {lastDay, pad, periodFromBounds} from "../periods/parse-period.js";

/**
 * The last whole month of a reporting period of whole months that is shorter than a year (a report on a whole year
 * or more speaks of no one month), or null.
 */
export function reviewMonth(reporting: Period | null): Period | null {
  if (!reporting || reporting.stock || !/^\d{4}-\d\d-01$/.test(reporting.start)) return null;
  const [ys, ms] = reporting.start.split("-").map(Number);
  const [y, m, d] = reporting.end.split("-").map(Number);
  if (!y || !m || d !== lastDay(y, m) || (y - ys) * 12 + m - ms + 1 >= 12) return null;
  return periodFromBounds(`${y}-${pad(m)}-01`, reporting.end);
}
