/**
 * One month named with no year ("In July alone, almost 83,000 persons arrived", "down from 163 in March and 510 in
 * February" after "in April 2023"): the month before or at the sentence's own month, else of the year the sentence,
 * else the report, speaks of; a release names a month of its own year, or of the year before when that month has not
 * yet come by the release's date. "The previous month" is the month before the sentence's; "last month" the month
 * before the document's; "last September" the latest September before the document's month.
 */
import {MONTHS, monthIndex, monthPeriod, type FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {isCompared} from "./compared-period.js";

// "in July", "during the month of March", "for August alone"; "May" only after a preposition, as a month.
// "at the beginning of June", "in early June", "mid-June": a part of the month, dated to the month.
const MONTH_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|during|throughout|for|over|since|(?:at|from)\s+the\s+(?:beginning|start|middle)\s+of|since\s+(?:the\s+)?(?:beginning|start|end|middle)\s+of|(?:in\s+|since\s+)?(?:early|mid)(?:\s+|-))\s*(?:the\s+month\s+of\s+)?(${MONTHS.join("|")})\b`,
  "gi"
);
// "April saw the return of 6,737", "March alone recorded 1,200 arrivals": a month the sentence opens on as its subject.
const MONTH_SUBJECT = new RegExp(
  String.raw`^\W*(?:the\s+month\s+of\s+)?(${MONTHS.join("|")})(?=\s+(?:alone\s+|also\s+|then\s+)?(?:saw|recorded|registered|witnessed|brought|accounted\s+for)\b)`,
  "gi"
);
// A year, a day, a range or "last"/"next" after the month makes it another phrase, read elsewhere.
// A second month after "and" makes a range ("January and February"), but not a count after it ("May and 64 in April").
const NOT_ALONE_AFTER = new RegExp(
  String.raw`^(?:\s*,?\s*(?:of\s+)?(?:19|20)\d\d|\s+\d{1,2}(?:st|nd|rd|th)?\b|\s*(?:[-–—]|to\b|through\b)|\s+(?:and|or)\s+(?:${MONTHS.join("|")})\b|\s+(?:this|last|next|of\s+(?:this|last|the))\b)`,
  "i"
);

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
    // A month set against the same month a year before (October 2022 to October 2023) holds it twice, at its ends: the
    // later one, as the release means; a period of two years or more holds it twice over and names neither.
    const months = (to - from) * 12 + Number(reporting.end.slice(5, 7)) - Number(reporting.start.slice(5, 7)) + 1;
    if (years.length > 1) {
      const latest = releaseYearOf(month, documentDate);
      return months <= 13 && latest !== null && years.includes(latest) ? latest : null;
    }
  }
  return releaseYearOf(month, documentDate);
}

// "the month before", "a month earlier": the month before the sentence's own, unless something else follows ("the month before the vote").
const PREVIOUS_MONTH =
  /\b(?:the\s+(?:previous|preceding|prior)\s+month|the\s+month\s+(?:before|prior|earlier)|(?:a|one)\s+month\s+(?:earlier|before))\b(?!\s+(?:the|that|this|its|his|her|their|last|than|it|he|she|they|we|a|an)\b)/gi;
const LAST_MONTH = /\blast\s+month\b/gi;
const RANGE_ON = new RegExp(String.raw`^\s*(?:and|to|through|until|till|[-–—])\s*(?:${MONTHS.join("|")})\b`, "i");
// "accepted 131 asylum-seekers last September", "this March": a month named relative to the item's date.
const RELATIVE_MONTH = new RegExp(
  String.raw`\b(last|this|past)\s+(${MONTHS.join("|")})\b(?!\s*,?\s*(?:of\s+)?(?:19|20)\d\d)(?!\s+\d)`,
  "gi"
);

const isMonth = (p: Period) => p.start.slice(0, 7) === p.end.slice(0, 7);

/** The month before a period's month. */
function monthBefore(p: Period): Period | null {
  const [y, m] = [Number(p.start.slice(0, 4)), Number(p.start.slice(5, 7))];
  return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
}

/** The months a sentence names without a year, each with its offsets. */
export function yearlessMonths(
  text: string,
  found: FoundPeriod[],
  reporting: Period | null,
  documentDate: string | undefined
): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  // The sentence's own month, before the phrase or else anywhere in it, that a bare month is read against; a month
  // the sentence compares with ("compared to September 2013") is not its own.
  // "the highest since August 2020" names where a span begins, not the sentence's month.
  const own = found.filter((p) => !isCompared(text, p.start) && !/\bsince\s+$/i.test(text.slice(0, p.start)));
  const anchorAt = (at: number): Period | null =>
    own.filter((p) => p.end <= at && isMonth(p.period)).at(-1)?.period ??
    own.find((p) => isMonth(p.period))?.period ??
    null;
  for (const m of [...text.matchAll(MONTH_AFTER_PREPOSITION), ...text.matchAll(MONTH_SUBJECT)]) {
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    // "May" is a month only when capitalised; other months are too, but "may" in lower case is a verb.
    if (!/^\p{Lu}/u.test(m[1])) continue;
    if (NOT_ALONE_AFTER.test(text.slice(end)) || found.some((p) => p.start < end && start < p.end)) continue;
    // "In March 2019" is read elsewhere; "In 2019 … in March" takes the sentence's year.
    const ownYear = own.find((p) => p.pattern === "year");
    const month = monthIndex(m[1]);
    const anchor = anchorAt(start);
    // "since October" counts up to the item's date, so its month is the latest one before it.
    const since = /^since\b/i.test(m[0]) && !anchor && !ownYear;
    const year = anchor
      ? Number(anchor.start.slice(0, 4)) - (month > Number(anchor.start.slice(5, 7)) ? 1 : 0)
      : ownYear
        ? Number(ownYear.period.start.slice(0, 4))
        : since
          ? releaseYearOf(month, documentDate)
          : yearOf(month, reporting, documentDate);
    const period = year ? monthPeriod(year, month) : null;
    if (period) out.push({period, start, end, pattern: "month_yearless"});
  }
  const overlaps = (s: number, e: number) => found.some((p) => p.start < e && s < p.end);
  const docMonth =
    documentDate && /^\d{4}-\d\d/.test(documentDate)
      ? monthPeriod(Number(documentDate.slice(0, 4)), Number(documentDate.slice(5, 7)))
      : null;
  for (const m of text.matchAll(PREVIOUS_MONTH)) {
    const anchor = anchorAt(m.index) ?? (reporting && isMonth(reporting) ? reporting : null) ?? docMonth;
    const period = anchor && !overlaps(m.index, m.index + m[0].length) ? monthBefore(anchor) : null;
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "month_previous"});
  }
  // "last September" is the latest September before the item's month, "this March" the item's year's.
  if (docMonth)
    for (const m of text.matchAll(RELATIVE_MONTH)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      // "between this January and May" opens a range of months, read with the ranges.
      if (/\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
      if (RANGE_ON.test(text.slice(m.index + m[0].length))) continue;
      const month = monthIndex(m[2]);
      const [y, mo] = [Number(docMonth.start.slice(0, 4)), Number(docMonth.start.slice(5, 7))];
      const year = /^this$/i.test(m[1]) ? y : month < mo ? y : y - 1;
      const period = monthPeriod(year, month);
      if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "month_relative"});
    }
  for (const m of text.matchAll(LAST_MONTH)) {
    const period = docMonth && !overlaps(m.index, m.index + m[0].length) ? monthBefore(docMonth) : null;
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "month_relative"});
  }
  return out;
}

// "June 24 last year", "24 June this year", "on the 3rd of May last year": a day of a year named relative to the document.
const RELATIVE_DAY = new RegExp(
  String.raw`\b(?:(${MONTHS.join("|")})\s+(\d{1,2})(?:st|nd|rd|th)?|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS.join("|")})),?\s+(?:of\s+(?:the\s+)?)?(last|this|previous|past|current)\s+year\b`,
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
