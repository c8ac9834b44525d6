/**
 * "At the end of 2019, there were 167,000 workers from abroad …, compared with 164,000 … in 2018", "as at
 * end-September 2022, there were over 14,900 claimants": a stock a sentence counts at the end of a year or a month
 * stands on that period's last day, and so do the counts it is compared with; so does one counted at the end of a
 * quarter or a half year ("at the end of the first quarter of 2011", "as at end-Q2 2020").
 */
import type {Period} from "../types.js";
import {lastDay, QUARTER_ORDINALS} from "../periods/parse-period.js";

const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
// "at the end of 2019", "by the end of the year", "as at end-September 2022", "at year-end", "as of last year".
const PERIOD_END = new RegExp(
  String.raw`\b(?:(?:at|by|as\s+(?:at|of))\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year|month|(?:19|20)\d\d|${MONTH})|(?:at|as\s+(?:at|of))\s+(?:the\s+)?(?:year|month)[\s-]end|as\s+(?:at|of)\s+(?:last\s+year|(?:19|20)\d\d(?!\s*[-–/]))|end-(?:${MONTH}|(?:19|20)\d\d))\b`,
  "i"
);

// "at the end of the first quarter of 2011", "by the end of the 2nd half", "as at end-Q3 2020".
const PART_END = new RegExp(
  String.raw`\b(?:(?:at|by|as\s+(?:at|of))\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:(?:${QUARTER_ORDINALS.join("|")})\s+(?:quarter|half)|q[1-4])|end-q[1-4])\b`,
  "i"
);

/** The whole year, quarter, half year or month a stock was counted in, as its last day, when the sentence says the count is at its end. */
export function periodEndStock(text: string, period: Period, stock: boolean): Period | null {
  if (!stock || period.stock) return null;
  const [ys, ms, ds] = period.start.split("-").map(Number);
  const [ye, me, de] = period.end.split("-").map(Number);
  const wholeYear = ys === ye && ms === 1 && ds === 1 && me === 12 && de === 31;
  const wholeMonth = isWholeMonth(period);
  // A quarter or a half year: whole months of one year, from a month such a part starts in.
  const wholePart =
    ys === ye &&
    ds === 1 &&
    de === lastDay(ye, me) &&
    ((me - ms === 2 && ms % 3 === 1) || (me - ms === 5 && ms % 6 === 1));
  const atEnd = ((wholeYear || wholeMonth) && PERIOD_END.test(text)) || (wholePart && PART_END.test(text));
  if (!atEnd) return null;
  return {label: period.end, start: period.end, end: period.end, partial: false, stock: true};
}

/** A monthly release's month as its last day, the day its undated stocks stand on; any other period unchanged. */
export function monthEnd(period: Period | null): Period | null {
  if (!period || period.stock || !isWholeMonth(period)) return period;
  return {label: period.end, start: period.end, end: period.end, partial: true, stock: true};
}

/** Whether a period runs from a month's first day to its last. */
export function isWholeMonth(period: Period): boolean {
  const [ys, ms, ds] = period.start.split("-").map(Number);
  const [ye, me, de] = period.end.split("-").map(Number);
  return ys === ye && ms === me && ds === 1 && de === lastDay(ye, me);
}
