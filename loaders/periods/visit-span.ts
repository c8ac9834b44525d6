/**
 * The days of a country visit a report names ("visited the country from 12 to 21 December 2006", "an official visit
 * to South Africa from 24 January to 1 February 2011"): a figure the report dates to the visit ("During the Special
 * Rapporteur's visit, there were 300 women detained") or a stock it states with no date of its own is of those days.
 */
import type {Period} from "../types.js";
import {VISIT_NOUNS, VISIT_TIMES} from "../vocabulary/period-words.js";
import {alternation} from "../general/alternation.js";
import {MONTH_OR_ABBREVIATION, monthOfWord, pad, lastDay, periodFromBounds, type FoundPeriod} from "./parse-period.js";

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH = `(${MONTH_OR_ABBREVIATION})`;
// "visit … from 3 to 10 November 2013", "visited … from 24 January to 1 February 2011", "mission (2-9 February 2005)".
const SPAN = new RegExp(
  String.raw`\b(?:${alternation(VISIT_NOUNS)})\b[^.;]{0,100}?(?:\bfrom\s+|\bbetween\s+|\(\s*)${DAY}(?:\s+${MONTH})?\s*(?:to|until|till|and|[-–—])\s*${DAY}\s+${MONTH},?\s+((?:19|20)\d\d)\b`,
  "iu"
);
const VISIT_TIME = new RegExp(String.raw`\b(?:${alternation(VISIT_TIMES)})\b`, "iu");
// "During the Special Rapporteur's visit", "at the time of the Working Group's mission": the visitor named before it.
const NAMED_VISIT_TIME =
  /\b(?:[Dd]uring|[Aa]t\s+the\s+time\s+of)\s+(?:the\s+)?(?:[A-Z][\p{L}’']*\s+){1,4}(?:visit|mission)\b/u;

const day = (y: number, m: number, d: number) => (d >= 1 && d <= lastDay(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null);

/** The days of the visit the text names first, or null when it names none. */
export function visitSpan(text: string): Period | null {
  const m = SPAN.exec(text);
  if (!m) return null;
  const year = Number(m[5]);
  const endMonth = monthOfWord(m[4]);
  const startMonth = m[2] ? monthOfWord(m[2]) : endMonth;
  if (!startMonth || !endMonth) return null;
  const start = day(year, startMonth, Number(m[1]));
  const end = day(year, endMonth, Number(m[3]));
  return start && end && start < end ? periodFromBounds(start, end) : null;
}

/** The phrase that dates a sentence's figures to the visit ("during the visit"), as a period found in it. */
export function visitTime(text: string, visit: Period | null): FoundPeriod | null {
  if (!visit) return null;
  const m = VISIT_TIME.exec(text) ?? NAMED_VISIT_TIME.exec(text);
  return m ? {period: visit, start: m.index, end: m.index + m[0].length, pattern: "visit"} : null;
}
