/**
 * The period before a period and as long as it: "the prior year" of 2018 is 2017, "the preceding period"
 * of 2019H1 is 2018H2, of 2013-2018 is 2007-2012. Reports compare with it without naming it.
 */
import type {Period} from "../types.js";
import {addDays, periodFromBounds} from "../periods/parse-period.js";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function precedingPeriod(p: Period): Period | null {
  if (p.stock || !/^\d{4}-\d\d-\d\d$/.test(p.start) || !/^\d{4}-\d\d-\d\d$/.test(p.end)) return null;
  const start = new Date(`${p.start}T00:00:00Z`);
  const end = new Date(`${p.end}T00:00:00Z`);
  const dayAfter = new Date(`${addDays(p.end, 1)}T00:00:00Z`);
  // Whole months (a year, half-year, quarter, month or a run of them) step back by as many months.
  if (start.getUTCDate() === 1 && dayAfter.getUTCDate() === 1) {
    const months =
      (dayAfter.getUTCFullYear() - start.getUTCFullYear()) * 12 + (dayAfter.getUTCMonth() - start.getUTCMonth());
    const from = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - months, 1));
    return periodFromBounds(iso(from), addDays(p.start, -1));
  }
  const days = Math.round((end.getTime() - start.getTime()) / 86400000) + 1;
  return periodFromBounds(addDays(p.start, -days), addDays(p.start, -1));
}

/** The single calendar year a period is, or null ("2018" → 2018; "2013-2018" or "2019H1" → null). */
export function singleYear(p: Period | null): number | null {
  return p && /^\d{4}$/.test(p.label) ? Number(p.label) : null;
}
