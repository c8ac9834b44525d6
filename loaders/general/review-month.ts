/**
 * "Net remittances for the month were US$126.3 million", "for the review month": in a release on whole months, the
 * month it speaks of is the last one it reports on (in a release on one month, that month).
 */
import type {Period} from "../types.js";
import {lastDay, pad, periodFromBounds} from "../periods/parse-period.js";

/**
 * The last whole month of a reporting period of whole months shorter than a year, or null: a report on a year, a
 * quarter or a half year speaks of no one month; a month or a run of months to date (a government year's first ten
 * months) speaks of its latest.
 */
export function reviewMonth(reporting: Period | null): Period | null {
  if (!reporting || reporting.stock || !/^\d{4}-\d\d-01$/.test(reporting.start)) return null;
  const [ys, ms] = reporting.start.split("-").map(Number);
  const [y, m, d] = reporting.end.split("-").map(Number);
  const months = (y - ys) * 12 + m - ms + 1;
  if (!y || !m || d !== lastDay(y, m) || months >= 12) return null;
  // A calendar quarter or half year.
  if (y === ys && (months === 3 || months === 6) && (ms - 1) % months === 0) return null;
  return periodFromBounds(`${y}-${pad(m)}-01`, reporting.end);
}
