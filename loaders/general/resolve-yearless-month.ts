/**
 * One month named with no year ("In July alone, almost 83,000 persons arrived", "during March the office
 * received …"): the month of the year the sentence, else the report, speaks of; a release names a month of
 * its own year, or of the year before when that month has not yet come by the release's date.
 */
import {MONTHS, monthIndex, monthPeriod, type FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

// "in July", "during the month of March", "for August alone"; "May" only after a preposition, as a month.
const MONTH_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|during|throughout|for|over)\s+(?:the\s+month\s+of\s+)?(${MONTHS.join("|")})\b`,
  "gi"
);
// A year, a day, a range or "last"/"next" after the month makes it another phrase, read elsewhere.
const NOT_ALONE_AFTER =
  /^(?:\s*,?\s*(?:of\s+)?(?:19|20)\d\d|\s+\d{1,2}\b|\s*(?:[-–—]|to\b|through\b|and\b|or\b)|\s+(?:this|last|next|of\s+(?:this|last|the))\b)/i;

/** The year of a month a release names without one: the one stated, else its own, or the year before when the month is yet to come. */
export function releaseYearOf(month: number, documentDate: string | undefined, stated?: string): number | null {
  if (stated) return Number(stated);
  if (!documentDate || !/^\d{4}-\d\d/.test(documentDate)) return null;
  return Number(documentDate.slice(0, 4)) - (month > Number(documentDate.slice(5, 7)) ? 1 : 0);
}

/** The year a yearless month is of: the one year of the reporting period holding it, else by the item's date. */
function yearOf(month: number, reporting: Period | null, documentDate: string | undefined): number | null {
  if (reporting) {
    const [from, to] = [Number(reporting.start.slice(0, 4)), Number(reporting.end.slice(0, 4))];
    const years: number[] = [];
    for (let y = from; y <= to; y++) {
      const key = `${y}-${String(month).padStart(2, "0")}`;
      if (key >= reporting.start.slice(0, 7) && key <= reporting.end.slice(0, 7)) years.push(y);
    }
    if (years.length === 1) return years[0];
    if (years.length > 1) return null;
  }
  return releaseYearOf(month, documentDate);
}

/** The months a sentence names without a year, each with its offsets. */
export function yearlessMonths(
  text: string,
  found: FoundPeriod[],
  reporting: Period | null,
  documentDate: string | undefined
): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(MONTH_AFTER_PREPOSITION)) {
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    // "May" is a month only when capitalised; other months are too, but "may" in lower case is a verb.
    if (!/^\p{Lu}/u.test(m[1])) continue;
    if (NOT_ALONE_AFTER.test(text.slice(end)) || found.some((p) => p.start < end && start < p.end)) continue;
    // "In March 2019" is read elsewhere; "In 2019 … in March" takes the sentence's year.
    const own = found.find((p) => p.pattern === "year");
    const month = monthIndex(m[1]);
    const year = own ? Number(own.period.start.slice(0, 4)) : yearOf(month, reporting, documentDate);
    const period = year ? monthPeriod(year, month) : null;
    if (period) out.push({period, start, end, pattern: "month_yearless"});
  }
  return out;
}

// "June 24 last year", "24 June this year", "on the 3rd of May last year": a day of a year named relative to the document.
const RELATIVE_DAY = new RegExp(
  String.raw`\b(?:(${MONTHS.join("|")})\s+(\d{1,2})(?:st|nd|rd|th)?|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS.join("|")})),?\s+(last|this|previous|past|current)\s+year\b`,
  "gi"
);

/** Days whose year is said relative to the document's ("on June 24 last year"), as one-day periods. */
export function relativeYearDays(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!documentDate || !/^\d{4}/.test(documentDate)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const month = monthIndex(m[1] ?? m[4]);
    const day = Number(m[2] ?? m[3]);
    const year = Number(documentDate.slice(0, 4)) - (/^(?:this|current)$/i.test(m[5]) ? 0 : 1);
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const whole = monthPeriod(year, month);
    if (!whole || day < 1 || iso > whole.end) continue;
    out.push({
      period: {label: iso, start: iso, end: iso, partial: true, stock: false},
      start: m.index,
      end: m.index + m[0].length,
      pattern: "day_relative"
    });
  }
  return out;
}
