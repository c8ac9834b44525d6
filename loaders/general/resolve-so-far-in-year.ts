/**
 * "By the end of April, … 649 applications … so far in 2023 - higher than the 604 … at this time last year": a year
 * named as running so far runs from its first day to the month-end or day the sentence says it reached, else to the
 * document's date; "at this time last year" is that span a year before.
 */
import type {Period} from "../types.js";
import {MONTHS, periodFromBounds, type FoundPeriod, pad, lastDay, lastDayOf} from "../periods/parse-period.js";

const MONTH = MONTHS.join("|");
// "so far in 2023", "in 2025 so far", "in 2024 thus far", "to date in 2021", "in 2022 to date".
const SO_FAR =
  /\b(?:(?:(?:so|thus)\s+far|to\s+date)\s+in\s+((?:19|20)\d\d)|in\s+((?:19|20)\d\d)\s+(?:(?:so|thus)\s+far|to\s+date))\b/gi;
const REACHED = new RegExp(
  String.raw`\b(?:by|at|as\s+of)\s+(?:the\s+end\s+of\s+(${MONTH})|(${MONTH})\s+(\d{1,2})(?!\d)|(\d{1,2})\s+(${MONTH}))\b`,
  "i"
);
const SAME_TIME_BEFORE =
  /\b(?:at\s+)?(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before))\b/gi;

const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/** The day of `year` a sentence says its running count reached, or null. */
function reachedIn(text: string, year: number): string | null {
  const m = REACHED.exec(text);
  if (!m) return null;
  if (m[1]) return `${year}-${pad(monthOf(m[1]))}-${pad(lastDay(year, monthOf(m[1])))}`;
  const [month, day] = m[2] ? [monthOf(m[2]), Number(m[3])] : [monthOf(m[5]), Number(m[4])];
  return day >= 1 && day <= lastDay(year, month) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A year's span so far, and the same span a year before where the sentence compares with it. */
export function soFarInYear(text: string, documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!/\b(?:far|to\s+date)\b/i.test(text)) return out;
  for (const m of text.matchAll(SO_FAR)) {
    const written = m[1] ?? m[2];
    const year = Number(written);
    // An item dated only by its month ("2021-04") counts to that month's end; one dated by its year alone, to no day.
    const docEnd = documentDate?.startsWith(written) && documentDate.length >= 7 ? lastDayOf(documentDate) : null;
    const end = reachedIn(text, year) ?? docEnd;
    if (!end) continue;
    const period: Period = periodFromBounds(`${year}-01-01`, end);
    out.push({period, start: m.index, end: m.index + m[0].length, pattern: "year_to_date"});
    for (const b of text.matchAll(SAME_TIME_BEFORE)) {
      const before = periodFromBounds(
        `${year - 1}-01-01`,
        `${year - 1}${end.slice(4, 7)}-${pad(Math.min(Number(end.slice(8)), lastDay(year - 1, Number(end.slice(5, 7)))))}`
      );
      out.push({period: before, start: b.index, end: b.index + b[0].length, pattern: "same_period_before"});
    }
  }
  return out;
}
