/**
 * Periods stated against another period of the sentence: a month range with no year ("In January–March, …")
 * takes the sentence's year, else the reporting period's, else the document's; "the same period of the previous
 * year" is the sentence's own months one year earlier.
 */
import type {Period} from "../types.js";
import {midMonthPeriod, monthIndex, periodFromBounds, type FoundPeriod, pad, lastDay} from "../periods/parse-period.js";

const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
const RANGE = new RegExp(
  `\\b(mid-?)?(${MONTH})\\s*(?:[-–—]|\\s+to\\s+|\\s+through\\s+|\\s+(and)\\s+)\\s*(mid-?)?(${MONTH})\\b(?![\\s,]*(?:of\\s+)?(?:19|20)\\d\\d)`,
  "gi"
);
const ANY_MONTH = new RegExp(MONTH, "i");
// "From January to March this year", "January–June last year": the range's year named against the document's date.
const RELATIVE_YEAR = /^,?\s+(?:of\s+)?(this|the\s+current|last|the\s+past)\s+year\b/i;
// "the identical period of 2021", "the same period last year", "the corresponding period of the previous year".
const SAME_PERIOD =
  /\b(?:the\s+)?(?:same|identical|corresponding)\s+period\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:previous|preceding|last|past)\s+year|((?:19|20)\d\d))\b|\bthe\s+(?:previous|preceding)\s+year's\s+(?:same\s+)?period\b/gi;

function monthsOf(year: number, from: number, to: number): Period {
  return periodFromBounds(`${year}-${pad(from)}-01`, `${year}-${pad(to)}-${pad(lastDay(year, to))}`);
}

/** The month ranges a sentence states without a year, in the year it or the report speaks of. */
export function yearlessMonthRanges(
  text: string,
  found: FoundPeriod[],
  reporting: Period | null,
  documentDate: string | undefined
): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!ANY_MONTH.test(text)) return out;
  for (const m of text.matchAll(RANGE)) {
    const [from, to] = [monthIndex(m[2]), monthIndex(m[5])];
    // "in January and March" names two months; only "between January and March" spans them.
    if (m[3] && !/\bbetween\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (!from || !to || to < from || found.some((p) => p.start < m.index + m[0].length && m.index < p.end)) continue;
    // "mid-July to mid-August" runs mid-month to mid-month; one "mid" alone is no such span.
    if (!m[1] !== !m[4]) continue;
    const own = found.find((p) => p.pattern === "year");
    const reportingYear =
      reporting && reporting.start.slice(0, 4) === reporting.end.slice(0, 4)
        ? Number(reporting.start.slice(0, 4))
        : null;
    const relative = RELATIVE_YEAR.exec(text.slice(m.index + m[0].length));
    const docYear = documentDate ? Number(documentDate.slice(0, 4)) : NaN;
    // A range ending after the last month an item can speak of ("from January to September" in an item of
    // February) is last year's.
    const reach = reporting?.end && documentDate && reporting.end > documentDate ? reporting.end : documentDate;
    const lastMonth = reach?.startsWith(String(docYear)) && /^\d{4}-\d\d/.test(reach) ? Number(reach.slice(5, 7)) : 12;
    const latest = to > lastMonth ? docYear - 1 : docYear;
    const year =
      relative && docYear
        ? docYear - (/^(?:this|the\s+current)/i.test(relative[1]) ? 0 : 1)
        : own
          ? Number(own.period.start.slice(0, 4))
          : (reportingYear ?? latest);
    const period = m[1] ? midMonthPeriod(year, from, to) : monthsOf(year, from, to);
    if (!year || !period) continue;
    out.push({
      period,
      start: m.index,
      end: m.index + m[0].length + (relative?.[0].length ?? 0),
      pattern: "month_range_yearless"
    });
  }
  return out;
}

/** "from January 1st to May 30th" a year before: the same days, when the period runs within one month-day span. */
function sameDaysIn(own: Period, year: number): Period | null {
  const day = (iso: string) => {
    const [m, d] = iso.slice(5).split("-").map(Number);
    return `${year}-${pad(m)}-${pad(Math.min(d, lastDay(year, m)))}`;
  };
  return own.start.slice(0, 4) === own.end.slice(0, 4) ? periodFromBounds(day(own.start), day(own.end)) : null;
}

/** "the same period of the previous year": the months of the sentence's period before it, one year back. */
export function samePeriodBefore(text: string, found: FoundPeriod[], reporting: Period | null = null): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  const withinYear = (p: Period) => p.start.slice(0, 4) === p.end.slice(0, 4);
  if (!/period/i.test(text)) return out;
  for (const m of text.matchAll(SAME_PERIOD)) {
    // "In the same period last year, there were …": with no period of its own the sentence speaks of the report's.
    // The year "the same period in 2022" names is no period of the sentence's own.
    const others = found.filter((p) => p.end <= m.index || p.start >= m.index + m[0].length);
    const own =
      others.filter((p) => p.end <= m.index && withinYear(p.period)).at(-1)?.period ??
      (reporting && withinYear(reporting) && !others.length ? reporting : null);
    if (!own) continue;
    const [ys, ms] = own.start.split("-").map(Number);
    const me = Number(own.end.split("-")[1]);
    // "the identical period of 2021" names the year; its months are the sentence's.
    const year = m[1] ? Number(m[1]) : ys - 1;
    if (year >= ys) continue;
    out.push({
      period: sameDaysIn(own, year) ?? monthsOf(year, ms, me),
      start: m.index,
      end: m.index + m[0].length,
      pattern: "same_period_before"
    });
  }
  return out;
}
