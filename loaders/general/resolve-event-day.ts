/**
 * The day an event is dated to with the month written first, as American and Asian press items write it: "And on
 * August 22, 202 Indonesians returned", "the deaths of 23 migrants on June 24 last year", "On Monday, August 3rd
 * 2020, the police …", and day first after a weekday, "on Monday 30 September", "on Monday (22/01)". A missing year is the
 * item's, or the year before when the month is later than the item's.
 */
import {MONTH_OR_ABBREVIATION, monthOfWord, type FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {WEEKDAYS} from "../vocabulary/period-words.js";

const MONTH_WORD = `(${MONTH_OR_ABBREVIATION})`;
const WEEKDAY_WORD = `(?:${WEEKDAYS.join("|")})`;
const WEEKDAY = `(${WEEKDAYS.join("|")})`;
const ON_MONTH_DAY = new RegExp(
  String.raw`(?<![a-z])on\s+(?:${WEEKDAY_WORD},?\s+)?${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?(?:,?\s+(?:of\s+)?(last|this)\s+year)?(?![\d\p{L}])`,
  "giu"
);

// "on Monday 30 September", "on Tuesday, 3rd of March 2020": the weekday says the day-first date is an event's day.
const ON_WEEKDAY_DAY_MONTH = new RegExp(
  String.raw`(?<![a-z])on\s+${WEEKDAY_WORD},?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}(?:,?\s+((?:19|20)\d\d))?(?![\d\p{L}])`,
  "giu"
);

// "on Monday (22/01)", "On Friday (6/12)": a weekday with the day and month in figures, in either order.
const ON_WEEKDAY_FIGURES = new RegExp(
  String.raw`(?<![a-z])on\s+${WEEKDAY}\s*\(\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*((?:19|20)?\d\d))?\s*\)`,
  "gi"
);

/** A day an event happened on: a span of one day, not a stock counted on it. */
export const oneDay = (iso: string): Period => ({label: iso, start: iso, end: iso, partial: false, stock: false});

/** The days "on <Month> <day>" dates in a sentence, each with its offsets. */
export function eventDays(text: string, documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!/\bon\s/i.test(text)) return out;
  const push = (m: RegExpMatchArray, month: number, day: number, stated: string | undefined, relative?: string) => {
    let year = stated ? Number(stated) : null;
    if (!year && documentDate) {
      const [y, mo] = documentDate.split("-").map(Number);
      year = relative ? y - (relative.toLowerCase() === "last" ? 1 : 0) : mo && month > mo ? y - 1 : y;
    }
    if (!year || !month || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    out.push({period: oneDay(iso), start: m.index!, end: m.index! + m[0].length, pattern: "event_day"});
  };
  for (const m of text.matchAll(ON_MONTH_DAY)) push(m, monthOfWord(m[1]), Number(m[2]), m[3], m[4]);
  if (/day\b/i.test(text))
    for (const m of text.matchAll(ON_WEEKDAY_DAY_MONTH)) push(m, monthOfWord(m[2]), Number(m[1]), m[3]);
  if (/day\s*\(/i.test(text))
    for (const m of text.matchAll(ON_WEEKDAY_FIGURES)) {
      const stated = m[4] ? (m[4].length === 2 ? `20${m[4]}` : m[4]) : undefined;
      // Day first or month first: the order whose date falls on the weekday written.
      const [a, b] = [Number(m[2]), Number(m[3])];
      const weekday = WEEKDAYS.indexOf(m[1].toLowerCase());
      const year = stated ? Number(stated) : Number(documentDate?.slice(0, 4));
      const fits = ([day, month]: number[]) =>
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday &&
        new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
      const order = [
        [a, b],
        [b, a]
      ].find(fits);
      if (order) push(m, order[1], order[0], String(year));
    }
  return out.sort((a, b) => a.start - b.start);
}

const NAMES_WEEKDAY = new RegExp(`\\b${WEEKDAY_WORD}\\b`, "i");

/**
 * The day an item's bare weekdays ("on Wednesday") are counted back from: its own date when that is a day, else the
 * latest day it writes with its weekday ("On Thursday (25/01)") inside the month or year it is dated to.
 */
export function weekAnchor(text: string, documentDate: string | undefined): string | undefined {
  if (!documentDate || /^\d{4}-\d\d-\d\d$/.test(documentDate)) return documentDate;
  const dated = eventDays(text, documentDate)
    .filter((d) => NAMES_WEEKDAY.test(text.slice(d.start, d.end)) && d.period.start.startsWith(documentDate))
    .map((d) => d.period.start)
    .sort();
  return dated.at(-1) ?? documentDate;
}
