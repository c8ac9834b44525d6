/**
 * "from 13 to 19 January", "between 3 and 9 March 2021": a span of days whose two ends share the month named once,
 * after the second day; with no year it is in the year of the document's date.
 */
import {MONTHS, periodFromBounds, type FoundPeriod, pad} from "../periods/parse-period.js";

const MONTH = MONTHS.join("|");
const SPAN = new RegExp(
  String.raw`(?<![a-z])(?:from|between)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*|\s+(?:to|until|till|through|and)\s+)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\b(?:,?\s+((?:19|20)\d\d)\b)?`,
  "gi"
);

/** Spans of days of one month named once; undated ones only when the document's date gives the year. */
export function sharedMonthDays(text: string, documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!/\b(?:from|between)\s+(?:the\s+)?\d/i.test(text)) return out;
  for (const m of text.matchAll(SPAN)) {
    const year = m[4] ? Number(m[4]) : Number(documentDate?.slice(0, 4));
    const month = MONTHS.indexOf(m[3].toLowerCase()) + 1;
    const [from, to] = [Number(m[1]), Number(m[2])];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (!year || from < 1 || to <= from || to > last) continue;
    const start = `${year}-${pad(month)}-${pad(from)}`;
    const end = `${year}-${pad(month)}-${pad(to)}`;
    // An undated span after the item's own day is of another year.
    if (!m[4] && documentDate && end > documentDate.padEnd(10, "-31")) continue;
    out.push({period: periodFromBounds(start, end), start: m.index, end: m.index + m[0].length, pattern: "day_range"});
  }
  return out;
}
