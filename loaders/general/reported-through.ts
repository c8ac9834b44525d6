/**
 * "In September 2022, IOM assisted 478 returnees. This amounts to 21,215 repatriations in 2022": a release on a month
 * or quarter that ended shortly before its date counts its own year up to that period's end.
 */
import type {Period} from "../types.js";
import {periodFromBounds, type FoundPeriod} from "../periods/parse-period.js";

/** How long after its period a release may come out and still report up to that period's end. */
const MAX_LAG_DAYS = 35;

/** The last day of the reporting period, when it is part of a year and ends in the document's year shortly before its date. */
export function reportedThrough(reporting: Period | null, documentDate: string | undefined): string | null {
  if (!reporting || !reporting.partial || reporting.stock) return null;
  if (!documentDate || !/^\d{4}-\d\d(?:-\d\d)?$/.test(documentDate)) return null;
  // A release dated by its month alone came out no earlier than the month's first day.
  if (documentDate.length === 7) documentDate = `${documentDate}-01`;
  const end = reporting.end;
  if (end >= documentDate || end.slice(0, 4) !== documentDate.slice(0, 4)) return null;
  const lag = (Date.parse(`${documentDate}T00:00:00Z`) - Date.parse(`${end}T00:00:00Z`)) / 86400000;
  return lag <= MAX_LAG_DAYS ? end : null;
}

/** The release's own year ("in 2022") as counted up to `through`, the day its reporting period ended. */
export function ownYearThrough(periods: FoundPeriod[], through: string | null): FoundPeriod[] {
  if (!through) return periods;
  const year = through.slice(0, 4);
  return periods.map((p) =>
    p.pattern === "year" && p.period.start === `${year}-01-01` && p.period.end === `${year}-12-31`
      ? {...p, period: periodFromBounds(p.period.start, through)}
      : p
  );
}
