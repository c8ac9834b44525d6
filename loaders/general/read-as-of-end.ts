/**
 * Counts that stand on the last day of a month rather than run through it: "at the end of last month, the number
 * of domestic helpers amounted to 29,217", "asylum seekers through December 2016 amounted to close to 4,000",
 * "the caseload stood at 12,400 up to March 2020". A month a stock verb reaches "through" or "until" is the
 * day the count stood on; a flow counted "through December" keeps its month.
 */
import {MONTH_OR_ABBREVIATION, monthOfWord, pad, lastDay, type FoundPeriod} from "../periods/parse-period.js";
import {STOCK_VERBS} from "../vocabulary/period-words.js";
import {alternation} from "./alternation.js";

const MONTH = `(${MONTH_OR_ABBREVIATION})`;
// "through December 2016", "until the end of March", "up to June 2019".
const THROUGH_MONTH = new RegExp(
  String.raw`(?<![a-z])(?:through|thru|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?${MONTH}(?:\s+((?:19|20)\d\d))?(?![\d\p{L}])(?!\s*[-–/]\s*[\d\p{L}])`,
  "giu"
);
// "at the end of last month", "as of the end of last year", "by the end of last month".
// "by the end of last year" may close a running total, so a year's end takes only "at" and "as of".
const END_OF_LAST =
  /(?<![a-z])(?:(?:at|as\s+(?:of|at))\s+(?:the\s+)?end\s+of\s+last\s+(month|year)|by\s+the\s+end\s+of\s+last\s+(month))\b/giu;
// "were working legally as of last December", "at the end of last September": the latest such month before the
// document's, named with no year, a count stood at its end ("as of May" alone may close a flow of the year to date,
// "as of Nov. 20" names its day, and "by the end of" may close a running total).
const AS_OF_LAST_MONTH = new RegExp(
  String.raw`(?<![a-z])(?:as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?|at\s+the\s+end\s+of\s+)last\s+${MONTH}(?![\p{L}])(?!\.?\s*[-–/]?\s*\d)`,
  "giu"
);
const STOCK_VERB = new RegExp(`(?<![a-z])(?:${alternation(STOCK_VERBS)})(?![a-z])`, "i");

const dayOf = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

/** The year and month before a document's date (the year before January is the previous year's). */
function lastMonth(documentDate: string): [number, number] {
  const [y, m] = documentDate.split("-").map(Number);
  return m === 1 ? [y - 1, 12] : [y, m - 1];
}

/** The last days of months and years a sentence counts a stock on, each with its offsets. */
export function asOfEnds(text: string, documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  const push = (m: RegExpMatchArray, day: string) =>
    out.push({
      period: {label: day, start: day, end: day, partial: false, stock: true},
      start: m.index!,
      end: m.index! + m[0].length,
      pattern: "stock_day"
    });
  const docYear = documentDate ? Number(documentDate.slice(0, 4)) : null;
  if (documentDate && /\bend\s+of\s+last\b/i.test(text))
    for (const m of text.matchAll(END_OF_LAST)) {
      if (m[1]?.toLowerCase() === "year") push(m, `${docYear! - 1}-12-31`);
      else if (/^\d{4}-\d\d/.test(documentDate)) push(m, dayOf(...lastMonth(documentDate)));
    }
  const docMonth = documentDate && /^\d{4}-\d\d/.test(documentDate) ? Number(documentDate.slice(5, 7)) : 12;
  // "as of last December" is the latest December before the document's month.
  if (docYear && /\b(?:as\s+(?:of|at)|at\s+the\s+end\s+of\s+last)\b/i.test(text))
    for (const m of text.matchAll(AS_OF_LAST_MONTH)) {
      const month = monthOfWord(m[1]);
      if (month) push(m, dayOf(month >= docMonth ? docYear - 1 : docYear, month));
    }
  if (!STOCK_VERB.test(text)) return out.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(THROUGH_MONTH)) {
    const month = monthOfWord(m[1]);
    if (!month) continue;
    // A month without a year is the latest one up to the document's month.
    const year = m[2] ? Number(m[2]) : docYear && (month > docMonth ? docYear - 1 : docYear);
    if (year) push(m, dayOf(year, month));
  }
  return out.sort((a, b) => a.start - b.start);
}
