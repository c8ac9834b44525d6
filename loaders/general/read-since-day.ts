/**
 * "Since June 1, 76,494 were stopped", "since 3 March, 1,200 have arrived": the day after "since", which a count
 * then runs from to the day the item counts up to; a day written without a year is the latest such day on or before
 * the item's date.
 */
import {
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  periodFromBounds,
  type FoundPeriod,
  pad,
  lastDay,
  lastDayOf
} from "../periods/parse-period.js";

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d\d))?`;
const SINCE_MONTH_DAY = new RegExp(
  String.raw`(?<=(?<![a-z])since\s+)(${MONTH_OR_ABBREVIATION})\s+${DAY}${YEAR}(?![\d\p{L}])`,
  "giu"
);
const SINCE_DAY_MONTH = new RegExp(
  String.raw`(?<=(?<![a-z])since\s+)(?:the\s+)?${DAY}\s+(?:of\s+)?(${MONTH_OR_ABBREVIATION})${YEAR}(?![\d\p{L}])`,
  "giu"
);

/** The days "since" names, each as a day the reader of "since" then runs to the item's date. */
export function sinceDays(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!documentDate || !/since/i.test(text)) return [];
  const until = lastDayOf(documentDate);
  const out: FoundPeriod[] = [];
  const push = (m: RegExpExecArray, month: number, day: number, written: string | undefined) => {
    if (!month || day < 1) return;
    // A day with no year is in the item's year, or the year before when it falls after the item's date.
    let year = written ? Number(written) : Number(until.slice(0, 4));
    if (!written && `${year}-${pad(month)}-${pad(day)}` > until) year -= 1;
    if (day > lastDay(year, month)) return;
    const from = `${year}-${pad(month)}-${pad(day)}`;
    if (from >= until) return;
    out.push({period: periodFromBounds(from, from), start: m.index, end: m.index + m[0].length, pattern: "since_day"});
  };
  for (const m of text.matchAll(SINCE_MONTH_DAY)) push(m, monthOfWord(m[1]), Number(m[2]), m[3]);
  for (const m of text.matchAll(SINCE_DAY_MONTH)) push(m, monthOfWord(m[2]), Number(m[1]), m[3]);
  return out.sort((a, b) => a.start - b.start);
}
