/**
 * "between January 1 and the end of March this year", "from 1 February to the end of June 2023": a span from a day
 * to the end of a later month, the month's year written, named against the item's date, or the item's own.
 */
import {
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  periodFromBounds,
  type FoundPeriod,
  pad,
  lastDay
} from "../periods/parse-period.js";
import {releaseYearOf} from "./resolve-yearless-month.js";
import {MONTH_YEAR, monthYear} from "./read-year-to-month.js";

const MONTH = `(${MONTH_OR_ABBREVIATION})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// The first day written either way round ("January 1", "1 January", "the 1st of January").
const FROM_DAY = String.raw`(?:${MONTH}\s+${DAY}|(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH})`;
const SPAN = new RegExp(
  String.raw`\b(?:between|from)\s+${FROM_DAY}\s+(?:and|to|until|till|through)\s+the\s+end\s+of\s+${MONTH}${MONTH_YEAR}?(?![\d\p{L}])`,
  "giu"
);

// "From the commencement of the mechanism on March 3, 2014, to the end of 2014", "between 3 March 2014 and the end of
// that year": a day with its year to the end of that year.
const TO_YEAR_END = new RegExp(
  String.raw`\b(?:between|from)\s+(?:[^,.;\d]{0,80}?\s(?:on|of)\s+)?${FROM_DAY},?\s+((?:19|20)\d\d),?\s+(?:and|to|until|till|through)\s+the\s+end\s+of\s+(?:((?:19|20)\d\d)|(?:that|the\s+same)\s+year)(?![\d\p{L}])`,
  "giu"
);

/** The spans from a day to the end of its year a sentence names, with their offsets. */
function dayToYearEnd(text: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(TO_YEAR_END)) {
    const g = [...m].slice(1);
    const [month, day] = g[0] ? [monthOfWord(g[0]), Number(g[1])] : [monthOfWord(g[3]), Number(g[2])];
    const year = Number(g[4]);
    if ((g[5] && Number(g[5]) !== year) || !month || day < 1 || day > lastDay(year, month)) continue;
    const period = periodFromBounds(`${year}-${pad(month)}-${pad(day)}`, `${year}-12-31`);
    if (!out.some((o) => o.start < m.index + m[0].length && m.index < o.end))
      out.push({period, start: m.index, end: m.index + m[0].length, pattern: "day_to_month_end"});
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The spans from a day to a month's end a sentence names, with their offsets. */
export function dayToMonthEnd(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!/\bend\s+of\b/i.test(text)) return [];
  const out: FoundPeriod[] = dayToYearEnd(text);
  for (const m of text.matchAll(SPAN)) {
    const g = [...m].slice(1);
    const [month, day] = g[0] ? [monthOfWord(g[0]), Number(g[1])] : [monthOfWord(g[3]), Number(g[2])];
    const toMonth = monthOfWord(g[4]);
    const year = g[5] || g[6] ? monthYear(g[5], g[6], documentDate) : releaseYearOf(toMonth, documentDate);
    if (!year || !month || !toMonth || toMonth < month || day < 1 || day > lastDay(year, month)) continue;
    const period = periodFromBounds(
      `${year}-${pad(month)}-${pad(day)}`,
      `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`
    );
    if (!out.some((o) => o.start < m.index + m[0].length && m.index < o.end))
      out.push({period, start: m.index, end: m.index + m[0].length, pattern: "day_to_month_end"});
  }
  return out.sort((a, b) => a.start - b.start);
}
