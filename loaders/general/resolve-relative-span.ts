/**
 * Parts of a year named against the document's date: "the first half of this year", "the first quarter of
 * the previous year", "in five months of this year", "in 11 months", the year to date ("so far this year",
 * "since the start of the year") and "since last March". Press releases name their periods this way.
 */
import type {Period} from "../types.js";
import {monthIndex, periodFromBounds, type FoundPeriod, pad, lastDay} from "../periods/parse-period.js";
import {singleYear} from "./preceding-period.js";

const months = (y: number, from: number, to: number): Period =>
  periodFromBounds(`${y}-${pad(from)}-01`, `${y}-${pad(to)}-${pad(lastDay(y, to))}`);

const WHICH = String.raw`(this|the\s+current|last|the\s+past|the\s+previous|the\s+preceding|the\s+prior|the)`;
// "this year's report", "half of this year's victims": a possessive year is not the period named.
const YEAR_END = String.raw`\s+year\b(?!['’]s)`;
/** The ordinals of the parts of a year, as words and as figures. */
export const ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4
};
const COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
const COUNT_WORD = String.raw`(${COUNTS.join("|")}|[2-9]|1[01])`;
const countOf = (w: string) => (/\d/.test(w) ? Number(w) : COUNTS.indexOf(w.toLowerCase()) + 2);

const HALF = new RegExp(String.raw`\b(?:the\s+)?(first|1st|second|2nd)\s+half\s+of\s+${WHICH}${YEAR_END}`, "gi");
const QUARTER = new RegExp(
  String.raw`\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter\s+of\s+${WHICH}${YEAR_END}`,
  "gi"
);
const MONTHS_OF = new RegExp(
  String.raw`\b(?:the\s+)?(?:first\s+)?${COUNT_WORD}\s+months\s+of\s+${WHICH}${YEAR_END}`,
  "gi"
);
// "in 11 months: 8,983,944": months of the current year when no other period follows the count of months.
const IN_MONTHS = new RegExp(
  String.raw`\bin\s+(?:the\s+first\s+)?${COUNT_WORD}\s+months\b(?!\s+(?:of|to|after|before|from|since|ago|time|later|and|or|in|at)\b)(?!\s*(?:19|20)\d\d)`,
  "gi"
);
const TO_DATE =
  /\b(?:(?:so|thus)\s+far\s+(?:this|in\s+the\s+current)\s+year|this\s+year\s+(?:so|thus)\s+far|since\s+the\s+(?:start|beginning)\s+of\s+(?:this|the|the\s+current)\s+year|since\s+(?:start|beginning)\s+of\s+(?:this|the)\s+year|(?:the\s+)?year\s+to\s+date)\b/gi;
const SINCE_LAST =
  /\bsince\s+(?:last\s+(january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?last\s+year)\b/gi;

/**
 * The year "this", "last" or "the previous" year is, counted from the document's date or its reporting year; "the
 * year" alone, in an item that reports on one whole year, is that year ("the first three months of the year").
 */
function yearOf(which: string, current: number, theYear = current): number {
  if (/^the$/i.test(which)) return theYear;
  return /^(?:this|the\s+current)$/i.test(which) ? current : current - 1;
}

/** The last day a running count reaches: the document's day, else the end of its month or year. */
function untilDate(documentDate: string): string {
  const [y, m, d] = documentDate.split("-").map(Number);
  if (d) return documentDate;
  if (m) return `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
  return `${y}-12-31`;
}

/** The reporting period when it runs from 1 January of the document's year to a day before the document's date. */
export function yearSoFar(reporting: Period | null, documentDate: string): Period | null {
  if (!reporting || !reporting.partial || reporting.stock) return null;
  const year = documentDate.slice(0, 4);
  // An item dated by its year alone ("2019") reporting January to May of it is no earlier than its figures either.
  const after = /^\d{4}$/.test(documentDate) || reporting.end <= documentDate;
  return reporting.start === `${year}-01-01` && reporting.end.startsWith(year) && after ? reporting : null;
}

/** The relative parts of a year a sentence names, each with its offsets. */
export function relativeSpans(text: string, documentDate: string | undefined, reporting: Period | null): FoundPeriod[] {
  const docYear = documentDate ? Number(documentDate.slice(0, 4)) : null;
  const current = docYear ?? singleYear(reporting) ?? (reporting ? Number(reporting.start.slice(0, 4)) : null);
  if (!current) return [];
  const theYear = singleYear(reporting) ?? current;
  const out: FoundPeriod[] = [];
  const push = (m: RegExpMatchArray, period: Period | null, pattern: string) => {
    if (period && !out.some((o) => o.start < m.index! + m[0].length && m.index! < o.end))
      out.push({period, start: m.index!, end: m.index! + m[0].length, pattern});
  };
  // Each pattern runs only on a sentence that holds its key word.
  const has = (word: RegExp) => word.test(text);
  if (has(/half/i))
    for (const m of text.matchAll(HALF)) {
      const y = yearOf(m[2], current, theYear);
      push(m, ORDINAL[m[1].toLowerCase()] === 1 ? months(y, 1, 6) : months(y, 7, 12), "half_relative");
    }
  if (has(/quarter/i))
    for (const m of text.matchAll(QUARTER)) {
      const q = ORDINAL[m[1].toLowerCase()];
      push(m, months(yearOf(m[2], current, theYear), 3 * q - 2, 3 * q), "quarter_relative");
    }
  if (has(/months/i))
    for (const m of text.matchAll(MONTHS_OF)) {
      const n = countOf(m[1]);
      push(m, months(yearOf(m[2], current, theYear), 1, n), "months_relative");
    }
  if (has(/months/i))
    for (const m of text.matchAll(IN_MONTHS)) {
      const n = countOf(m[1]);
      push(m, months(current, 1, n), "months_relative");
    }
  if (!documentDate) return out.sort((a, b) => a.start - b.start);
  const until = untilDate(documentDate);
  if (has(/year/i))
    for (const m of text.matchAll(TO_DATE)) {
      // "so far this year" in an item that reports its year to a day before its own date runs to that day.
      const soFar = yearSoFar(reporting, documentDate);
      if (soFar) push(m, soFar, "year_to_date");
      else if (`${docYear}-01-01` < until) push(m, periodFromBounds(`${docYear}-01-01`, until), "year_to_date");
    }
  if (has(/since/i))
    for (const m of text.matchAll(SINCE_LAST)) {
      const month = monthIndex(m[1] ?? m[2]);
      push(m, periodFromBounds(`${docYear! - 1}-${pad(month)}-01`, until), "since_last_month");
    }
  return out.sort((a, b) => a.start - b.start);
}
