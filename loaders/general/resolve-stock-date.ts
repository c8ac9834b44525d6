/**
 * Dates releases write for a count on a day, often without a year: "As of 1 July", "by 1 January",
 * "As of Sept. 28", "on the 1st of January 2020", "as of June 2013" (its last day), and the
 * year-to-date "Up to March 20". A missing year is the document's, or the year before when the day
 * falls after the document's month.
 */
import type {Period} from "../types.js";
import {
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  periodFromBounds,
  type FoundPeriod,
  pad,
  lastDay
} from "../periods/parse-period.js";
import {weekdayDates} from "./read-weekday.js";

// Full names and the abbreviations press items use ("Sept. 28", "Jan 1").
const MONTH_WORD = `(${MONTH_OR_ABBREVIATION})`;
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
// "data updated to 30 July": the day a source's figures were brought up to.
const UPDATED = String.raw`updated\s+(?:to|until|through)`;
// "the foreign population at 31 December 2013": a day the count stood at, "at" alone before a day and its month.
const LEAD = String.raw`(?<![a-z])(as\s+(?:of|at)|at|by|on|(?:data|figures)\s+of|recorded\s+on|up\s+to|${UPDATED})\s+(?:the\s+)?`;
// A month written first takes only the leads that cannot open an event's date ("on March 5" dates an event; "by March 5" closes a count).
const LEAD_MONTH = String.raw`(?<![a-z])(as\s+(?:of|at)|by|(?:data|figures)\s+of|up\s+to|${UPDATED})\s+`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d\d))?`;
// "on June 24 last year": the year named relative to the item's.
const RELATIVE_YEAR = String.raw`(?:,?\s+(last|this)\s+year)?`;
const DAY_FIRST = new RegExp(
  String.raw`${LEAD}${DAY}\s+(?:of\s+)?${MONTH_WORD}${YEAR}${RELATIVE_YEAR}(?![\d\p{L}])`,
  "giu"
);
const MONTH_FIRST = new RegExp(
  String.raw`${LEAD_MONTH}${MONTH_WORD}\s+${DAY}${YEAR}${RELATIVE_YEAR}(?![\d\p{L}])`,
  "giu"
);
// "on 31/12/2021", "as of 12/31/2021", "at 31.12.2021": a day written in figures, day first unless its second figure
// can only be a day.
const NUMERIC_DAY = new RegExp(String.raw`${LEAD}(\d{1,2})([./])(\d{1,2})\3((?:19|20)\d\d)(?![\d/]|\.\d)`, "giu");

// "as of June 2013", "as at end-September 2022": a month with its year and no day stands for the month's last day.
const MONTH_ONLY = new RegExp(
  String.raw`(?<![a-z])(as\s+(?:of|at)|by)\s+(?:the\s+end\s+of\s+|end-)?${MONTH_WORD}\s+((?:19|20)\d\d)(?![\d\p{L}])`,
  "giu"
);

// "as at the end of 2020", "from the beginning of the naturalization process until the end of 2020": a count on
// the year's last day (a stock, or a running total since something that is no date).
const YEAR_END = new RegExp(
  String.raw`(?<![a-z])(?:as\s+(?:of|at)|(?:since|from)\s+the\s+(?:beginning|start|launch|outset|inception)\s+of\s+(?:the\s+)?[a-z][a-z -]{0,60}?\s+(?:until|till|to|up\s+to))\s+the\s+end\s+of\s+((?:19|20)\d\d)(?![\d\p{L}])`,
  "giu"
);

// "as from end-June", "at end-March 2021", "by the end of September": a count on the month's last day.
const MONTH_END = new RegExp(
  String.raw`(?<![a-z])(as\s+(?:of|at|from)|at|by)\s+(?:the\s+)?end[-\s]+(?:of\s+)?${MONTH_WORD}(?:,?\s+((?:19|20)\d\d))?(?![\d\p{L}])`,
  "giu"
);

/** The year a day without one belongs to: the document's, or the one before when the day is later than the document. */
function yearFor(month: number, documentDate: string | undefined): number | null {
  if (!documentDate) return null;
  const [y, m] = documentDate.split("-").map(Number);
  return m && month > m ? y - 1 : y;
}

/** The year "last year" or "this year" names in an item of a dated year. */
function relativeYear(which: string | undefined, documentDate: string | undefined): number | null {
  if (!which || !documentDate) return null;
  return Number(documentDate.slice(0, 4)) - (which.toLowerCase() === "last" ? 1 : 0);
}

function dayPeriod(lead: string, y: number, m: number, d: number): Period | null {
  if (m < 1 || d < 1 || d > lastDay(y, m)) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  // "Up to March 20": everything counted since the year began.
  if (/^(?:up\s+to|until|till)$/i.test(lead.replace(/\s+/g, " "))) return periodFromBounds(`${y}-01-01`, iso);
  return {label: iso, start: iso, end: iso, partial: false, stock: true};
}

/** Stock dates (and year-to-date spans) a sentence names, each with its offsets. */
export function stockDates(text: string, documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  const push = (m: RegExpExecArray, period: Period | null) => {
    if (period && !out.some((o) => o.start < m.index + m[0].length && m.index < o.end))
      out.push({period, start: m.index, end: m.index + m[0].length, pattern: "stock_day"});
  };
  if (!/\d/.test(text)) return out;
  // "Until six in the morning this Wednesday": a day named by its weekday.
  for (const w of weekdayDates(text, documentDate)) {
    const [y, m, d] = w.day.split("-").map(Number);
    const period = dayPeriod(w.lead, y, m, d);
    if (period) out.push({period, start: w.start, end: w.end, pattern: "stock_day"});
  }
  if (/\bend\s+of\b/i.test(text))
    for (const m of text.matchAll(YEAR_END)) push(m, dayPeriod("as of", Number(m[1]), 12, 31));
  if (/\d[./]\d{1,2}[./](?:19|20)\d\d/.test(text))
    for (const m of text.matchAll(NUMERIC_DAY)) {
      const [a, b] = [Number(m[2]), Number(m[4])];
      const [month, day] = b > 12 ? [a, b] : [b, a];
      if (month <= 12) push(m, dayPeriod(m[1], Number(m[5]), month, day));
    }
  // Every other form holds a month's first three letters.
  if (!MONTH_START.test(text)) return out.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(DAY_FIRST)) {
    const month = monthOfWord(m[3]);
    const year = m[4] ? Number(m[4]) : (relativeYear(m[5], documentDate) ?? yearFor(month, documentDate));
    if (year) push(m, dayPeriod(m[1], year, month, Number(m[2])));
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = monthOfWord(m[2]);
    const year = m[4] ? Number(m[4]) : (relativeYear(m[5], documentDate) ?? yearFor(month, documentDate));
    if (year) push(m, dayPeriod(m[1], year, month, Number(m[3])));
  }
  if (/\bend\b/i.test(text))
    for (const m of text.matchAll(MONTH_END)) {
      const month = monthOfWord(m[2]);
      const year = m[3] ? Number(m[3]) : yearFor(month, documentDate);
      if (year) push(m, dayPeriod(m[1], year, month, lastDay(year, month)));
    }
  for (const m of text.matchAll(MONTH_ONLY)) {
    const month = monthOfWord(m[2]);
    push(m, dayPeriod(m[1], Number(m[3]), month, lastDay(Number(m[3]), month)));
  }
  return out.sort((a, b) => a.start - b.start);
}
