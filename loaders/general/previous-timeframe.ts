/**
 * "… between October 2017 and September 2018. During the previous reporting period, the government reported
 * investigating 65 cases": a chapter filed under a calendar year that states its figures for another twelve
 * months reports on those months, so its previous reporting period is the twelve months before them.
 */
import type {Period} from "../types.js";
import type {FoundPeriod} from "../periods/parse-period.js";
import {precedingPeriod} from "./preceding-period.js";

const DAY_MS = 86_400_000;
const days = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;

/** A span of twelve whole months, not a calendar year, that shares at least half of the reporting year: the chapter's own timeframe. */
export function statedTimeframe(periods: FoundPeriod[], reporting: Period | null): Period | null {
  if (!reporting || reporting.stock || !/^\d{4}$/.test(reporting.label)) return null;
  for (const f of periods) {
    const p = f.period;
    if (p.stock || !/^\d{4}-\d\d-01$/.test(p.start) || p.start.endsWith("-01-01")) continue;
    const length = days(p.start, p.end);
    if (length < 365 || length > 366 || precedingPeriod(p) === null) continue;
    const start = p.start > reporting.start ? p.start : reporting.start;
    const end = p.end < reporting.end ? p.end : reporting.end;
    if (end >= start && days(start, end) >= 181) return p;
  }
  return null;
}

/** The frame's "previous reporting period", stepped back from the stated timeframe instead of the calendar year it was filed under. */
export function previousTimeframe(
  periods: FoundPeriod[],
  reporting: Period | null,
  timeframe: Period | null
): FoundPeriod[] {
  if (!timeframe || !reporting) return periods;
  const calendar = precedingPeriod(reporting)?.label;
  const before = precedingPeriod(timeframe);
  return periods.map((p) =>
    p.pattern === "preceding_period" && before && p.period.label === calendar ? {...p, period: before} : p
  );
}
