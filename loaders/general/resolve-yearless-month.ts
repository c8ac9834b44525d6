/**
 * Months a monthly release names without a year: "(down from 163 in March and 510 in February)" after "in April
 * 2023" are the months before the sentence's own, in its year or the one before; "the previous month" is the month
 * before the sentence's month; "last month" is the month before the document's.
 */
import type {Period} from "../types.js";
import {MONTHS, monthIndex, monthPeriod, type FoundPeriod} from "../periods/parse-period.js";

const MONTH = MONTHS.join("|");
// "in March", "during February", "for January": a month after a preposition, with no day or year of its own.
const BARE_MONTH = new RegExp(
  `(?<=\\b(?:in|during|for|throughout)\\s+)(${MONTH})\\b(?![\\s,]*(?:of\\s+)?(?:(?:19|20)\\d\\d|this|last|next|the\\s+(?:previous|following|same|current))\\b)(?!\\s*(?:\\d|[-–—]|to\\b|through\\b|and\\s+(?:${MONTH})\\s+(?:19|20)\\d\\d))`,
  "gi"
);
const PREVIOUS_MONTH = /\bthe\s+(?:previous|preceding|prior)\s+month\b/gi;
const LAST_MONTH = /\blast\s+month\b/gi;

const isMonth = (p: Period) => /^\d{4}-\d\d$/.test(p.label) || p.start.slice(0, 7) === p.end.slice(0, 7);
const monthOf = (p: Period): [number, number] => [Number(p.start.slice(0, 4)), Number(p.start.slice(5, 7))];

/** The month before a period's month. */
function monthBefore(p: Period): Period | null {
  const [y, m] = monthOf(p);
  return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
}

/** What a bare month is dated against when its sentence names no month: the report's period, the document's date. */
export interface Dated {
  reporting: Period | null;
  documentDate: string | undefined;
}

/** Months named without a year, dated against the sentence's month, else the report's or the document's. */
export function yearlessMonths(text: string, found: FoundPeriod[], dated: Dated): FoundPeriod[] {
  const {reporting, documentDate} = dated;
  const out: FoundPeriod[] = [];
  if (!/month|january|february|march|april|june|july|august|september|october|november|december/i.test(text))
    return out;
  const overlaps = (s: number, e: number) => found.some((p) => p.start < e && s < p.end);
  const docMonth =
    documentDate && /^\d{4}-\d\d/.test(documentDate)
      ? monthPeriod(Number(documentDate.slice(0, 4)), Number(documentDate.slice(5, 7)))
      : null;
  const anchorAt = (at: number): Period | null =>
    found.filter((p) => p.end <= at && isMonth(p.period)).at(-1)?.period ??
    found.find((p) => isMonth(p.period))?.period ??
    (reporting && isMonth(reporting) ? reporting : null) ??
    docMonth;
  for (const m of text.matchAll(BARE_MONTH)) {
    const end = m.index + m[0].length;
    // "may" is a verb far more often than a month.
    if (overlaps(m.index, end) || m[0] === "may") continue;
    const month = monthIndex(m[1]);
    const anchor = anchorAt(m.index);
    let period: Period | null = null;
    if (anchor) {
      const [y, am] = monthOf(anchor);
      period = monthPeriod(month > am ? y - 1 : y, month);
    } else if (reporting && reporting.start.slice(0, 4) === reporting.end.slice(0, 4))
      period = monthPeriod(Number(reporting.start.slice(0, 4)), month);
    if (period) out.push({period, start: m.index, end, pattern: "month_yearless"});
  }
  for (const m of text.matchAll(PREVIOUS_MONTH)) {
    const anchor = anchorAt(m.index);
    const period = anchor && !overlaps(m.index, m.index + m[0].length) ? monthBefore(anchor) : null;
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "month_previous"});
  }
  for (const m of text.matchAll(LAST_MONTH)) {
    const period = docMonth && !overlaps(m.index, m.index + m[0].length) ? monthBefore(docMonth) : null;
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "month_relative"});
  }
  return out;
}
