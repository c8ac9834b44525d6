/**
 * Months of Nepal's calendar: "in Shrawan of the previous fiscal year (2023/2024)", "in Asar": about the 15th of
 * one Gregorian month to the 14th of the next, in the government year named after it, else the latest such month
 * begun by the item's date.
 */
import type {Period} from "../types.js";
import {NEPALI_MONTHS} from "../vocabulary/fiscal-years.js";
import {FISCAL_YEAR} from "./fiscal-year.js";
import {periodFromBounds, type FoundPeriod, pad} from "./parse-period.js";

const NAMES = NEPALI_MONTHS.flatMap((names, i) => names.map((n) => [n, i] as const));
const MONTH = new RegExp(String.raw`\b(${NAMES.map(([n]) => n).join("|")})\b(?!,?\s*\(?\s*mid-)`, "gi");
// "of the previous fiscal year (2023/2024)", "of FY 2080/81": the government year the month is of.
const OF_YEAR = /^\s+(?:of|in)\s+/i;

/** The Nepali month at `index` (0 = Shrawan) of the government year opening in mid-July of `year`. */
function monthOf(year: number, index: number): Period {
  const m = 7 + index;
  const [ys, ms] = m > 12 ? [year + 1, m - 12] : [year, m];
  const [ye, me] = ms === 12 ? [ys + 1, 1] : [ys, ms + 1];
  return periodFromBounds(`${ys}-${pad(ms)}-15`, `${ye}-${pad(me)}-14`);
}

/** The Nepali months a sentence names, each dated by the government year it names after them or by the item's date. */
export function nepaliMonths(text: string, fiscal: FoundPeriod[], documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(MONTH)) {
    if (!/^\p{Lu}/u.test(m[1])) continue;
    const index = NAMES.find(([n]) => n === m[1].toLowerCase())![1];
    const [start, end] = [m.index, m.index + m[0].length];
    const after = text.slice(end, end + 60);
    const year = OF_YEAR.test(after)
      ? fiscal.find((f) => f.pattern === FISCAL_YEAR && f.start >= end && f.start - end <= 60)
      : undefined;
    let period: Period | null = year ? monthOf(Number(year.period.start.slice(0, 4)), index) : null;
    if (!period && documentDate && /^\d{4}-\d\d/.test(documentDate)) {
      // The latest such month begun by the item's date (an item dated by its month is read on its last day).
      const day = documentDate.length >= 10 ? documentDate : `${documentDate}-28`;
      const y = Number(day.slice(0, 4));
      period = [monthOf(y, index), monthOf(y - 1, index), monthOf(y - 2, index)].find((p) => p.start <= day) ?? null;
    }
    if (period) out.push({period, start, end: year && year.end - end <= 60 ? year.end : end, pattern: "nepali_month"});
  }
  return out;
}
