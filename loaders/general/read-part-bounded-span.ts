/**
 * Spans whose bounds are the first or last day of a year or month: "between the beginning of 2016 and the end of
 * 2017", "from the start of 2019 to the end of June 2020", "since the beginning of March 2018 until the end of
 * 2019", "from 2015 to the end of May 2016", "between the beginning of April and the end of December last year" (the
 * first month in the year of the second). Vague bounds ("mid-2018", "early 2019", "late last year") are not
 * days, so a span holding one is left unread.
 */
import {MONTHS, monthIndex, pad, lastDay, periodFromBounds, type FoundPeriod} from "../periods/parse-period.js";

const YEAR = String.raw`((?:19|20)\d\d)`;
const MONTH = `(${MONTHS.join("|")})`;
// A year or a month of a year, named with or without the bound's words.
const POINT = String.raw`(?:${MONTH}\s+(?:of\s+)?)?${YEAR}`;
// The opening point may leave its year to the closing one ("from the start of April to the end of June 2020").
const FROM_POINT = String.raw`(?:${MONTH}(?:\s*,?\s+(?:of\s+)?${YEAR}(?!\d))?|${YEAR})`;
const OPENS = String.raw`(?:the\s+)?(?:beginning|start|outset|first\s+day)\s+of\s+(?:the\s+year\s+)?`;
const CLOSES = String.raw`(?:the\s+)?(?:end|close|last\s+day)\s+of\s+(?:the\s+year\s+)?`;
const SPAN = new RegExp(
  String.raw`\b(?:between|from|since)\s+(${OPENS})?${FROM_POINT}\s*,?\s+(?:and|to|until|till|through|up\s+to)\s+(${CLOSES})?${POINT}\b(?!\s*[-–/]\s*\d)`,
  "gi"
);

/** The first day of a year or of a month of it. */
const firstDay = (year: string, month?: string) => `${year}-${pad(month ? monthIndex(month) : 1)}-01`;

/** The last day of a year or of a month of it. */
function finalDay(year: string, month?: string): string {
  const m = month ? monthIndex(month) : 12;
  return `${year}-${pad(m)}-${pad(lastDay(Number(year), m))}`;
}

/** The spans bounded by the start or end of a year or month that a sentence names; at least one bound says so. */
export function partBoundedSpans(text: string): FoundPeriod[] {
  if (!/\b(?:beginning|start|outset|end|close|first\s+day|last\s+day)\s+of\b/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(SPAN)) {
    const [, opens, fromMonth, monthYear, bareYear, closes, toMonth, toYear] = m;
    if (!opens && !closes) continue;
    // A month with no year of its own is in the closing point's year, and only a month can be.
    if (fromMonth && !monthYear && !toMonth) continue;
    const start = firstDay(monthYear ?? bareYear ?? toYear, fromMonth);
    const end = finalDay(toYear, toMonth);
    if (end <= start) continue;
    out.push({period: periodFromBounds(start, end), start: m.index, end: m.index + m[0].length, pattern: "part_span"});
  }
  return out;
}
