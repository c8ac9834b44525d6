/**
 * "between 1994 and August this year", "from 2015 to March last year", "since 2008 until June 2019": a span from
 * the start of one year to the end of a later month, the month's year named relative to the item's date or written.
 */
import type {Period} from "../types.js";
import {MONTHS, monthIndex, periodFromBounds, type FoundPeriod, lastDay} from "../periods/parse-period.js";

const MONTH = `(${MONTHS.join("|")})`;
/** The year a span's last month is named in, after the month: "this year", "of last year", ", 2019" (two groups). */
export const MONTH_YEAR = String.raw`(?:\s+(?:of\s+)?(this|last|the\s+current|the\s+previous)\s+year|,?\s+((?:19|20)\d\d))`;
const SPAN = new RegExp(
  String.raw`\b(?:between\s+(?:the\s+years?\s+)?((?:19|20)\d\d)\s+and|(?:from|since)\s+((?:19|20)\d\d)\s+(?:to|until|till|through))\s+(?:the\s+end\s+of\s+)?${MONTH}${MONTH_YEAR}\b`,
  "gi"
);

/** The year MONTH_YEAR's groups name: the written one, or this or last year from the item's date; null if neither. */
export function monthYear(
  relative: string | undefined,
  written: string | undefined,
  documentDate?: string
): number | null {
  if (written) return Number(written);
  if (!relative || !documentDate) return null;
  const last = /^(?:last|the\s+previous)$/i.test(relative.trim());
  return Number(documentDate.slice(0, 4)) - (last ? 1 : 0);
}

/** The spans from a year to a later month a sentence names, with their offsets. */
export function yearToMonth(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!/\b(?:between|from|since)\b/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(SPAN)) {
    const first = Number(m[1] ?? m[2]);
    const month = monthIndex(m[3]);
    const year = monthYear(m[4], m[5], documentDate);
    if (year === null || year <= first) continue;
    const period: Period = periodFromBounds(
      `${first}-01-01`,
      `${year}-${String(month).padStart(2, "0")}-${lastDay(year, month)}`
    );
    out.push({period, start: m.index, end: m.index + m[0].length, pattern: "year_to_month"});
  }
  return out;
}

// "this year from January to August", "in 2019, from March to May": the year the months after it are of.
const YEAR_THEN_MONTHS = /^,?\s+(?:from|between|during|in)?\s*$/i;

/** A year followed by a span of its months is one period, the months' span, over both phrases. */
export function joinYearMonths(text: string, periods: FoundPeriod[]): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const p of periods) {
    const prev = out.at(-1);
    const within =
      prev &&
      (prev.pattern === "year" || prev.pattern === "year_relative") &&
      !prev.period.stock &&
      p.period.start >= prev.period.start &&
      p.period.end <= prev.period.end &&
      p.period.start.slice(5, 7) !== p.period.end.slice(5, 7) &&
      YEAR_THEN_MONTHS.test(text.slice(prev.end, p.start));
    if (within) out[out.length - 1] = {...p, start: prev.start};
    else out.push(p);
  }
  return out;
}
