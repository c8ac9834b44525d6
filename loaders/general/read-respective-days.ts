/**
 * Counts dated one by one with "respectively": "repatriated 12, 13, and 14 people on August 5, 6, and 8,
 * respectively", "registered 40 and 52 arrivals on 3 and 4 May respectively". The day numbers listed after
 * the first day are dates, not counts, and each count is of the day in its own place of the list.
 */
import {MONTH_WORD, monthOf, oneDay} from "./resolve-event-day.js";
import type {Period} from "../types.js";

const MONTH = MONTH_WORD;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const SEP = String.raw`\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)`;
// "August 5, 6, and 8" (month first) or "5, 6 and 8 August" (day first), an optional year, then "respectively".
const MONTH_FIRST = new RegExp(
  String.raw`\b(?:on|of)\s+${MONTH}\s+(${DAY}(?:${SEP}${DAY})+)(?:,?\s+((?:19|20)\d\d))?,?\s+respectively\b`,
  "dgi"
);
const DAY_FIRST = new RegExp(
  String.raw`\b(?:on|of)\s+(?:the\s+)?(${DAY}(?:${SEP}${DAY})+)\s+(?:of\s+)?${MONTH}(?:,?\s+((?:19|20)\d\d))?,?\s+respectively\b`,
  "dgi"
);
const NUMBER = /\d+(?:[,.]\d{3})*(?!\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;

export interface RespectiveDays {
  /** Offsets [start, end) of the day numbers the list holds. */
  days: [number, number][];
  /** One period per day, in the order written. */
  periods: Period[];
  /** Where the dated list opens. */
  start: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The year of a day written without one: the document's, or the one before when the month is later than it. */
function yearOf(month: number, stated: string | undefined, documentDate: string | undefined): number | null {
  if (stated) return Number(stated);
  if (!documentDate) return null;
  const [y, m] = documentDate.split("-").map(Number);
  return m && month > m ? y - 1 : y;
}

interface DayList {
  month: number;
  year: string | undefined;
  days: [number, number][];
  start: number;
}

/** The month, stated year and day offsets of the first "respectively" list of days in a sentence. */
function dayList(text: string): DayList | null {
  if (!/respectively/i.test(text)) return null;
  for (const [re, monthGroup, daysGroup] of [
    [MONTH_FIRST, 1, 2],
    [DAY_FIRST, 2, 1]
  ] as const) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m?.indices) continue;
    const month = monthOf(m[monthGroup]);
    const at = m.indices[daysGroup]![0];
    const days = [...m[daysGroup].matchAll(/\d{1,2}/g)].map((d): [number, number] => [
      at + d.index,
      at + d.index + d[0].length
    ]);
    // A day past the 31st is no day (the year is checked once it is known).
    if (month && days.every(([s, e]) => Number(text.slice(s, e)) >= 1 && Number(text.slice(s, e)) <= 31))
      return {month, year: m[3], days, start: m.index};
  }
  return null;
}

/** The days a "respectively" list of a sentence dates, or null when it has none. */
export function respectiveDays(text: string, documentDate: string | undefined): RespectiveDays | null {
  const list = dayList(text);
  // "In 2021, … on 3 and 14 May respectively": the one year the sentence names, else the document's.
  const years = [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])];
  const year = list ? yearOf(list.month, list.year ?? (years.length === 1 ? years[0] : undefined), documentDate) : null;
  if (!list || !year) return null;
  const last = new Date(Date.UTC(year, list.month, 0)).getUTCDate();
  const periods: Period[] = [];
  for (const [s, e] of list.days) {
    const day = Number(text.slice(s, e));
    if (day > last) return null;
    const iso = `${year}-${pad(list.month)}-${pad(day)}`;
    periods.push(oneDay(iso));
  }
  return {days: list.days, periods, start: list.start};
}

/**
 * The day a count of the sentence is of: the count in the same place of the list of counts before the dates as
 * the day in the list of days, when both lists are as long.
 */
export function respectiveDayOf(text: string, at: number, documentDate: string | undefined): Period | null {
  const found = respectiveDays(text, documentDate);
  if (!found || at >= found.start) return null;
  // The counts listed just before the dates: numbers joined only by commas and "and".
  const numbers = [...text.slice(0, found.start).matchAll(NUMBER)].map((n) => [n.index, n.index + n[0].length]);
  const list: number[][] = [];
  for (let i = numbers.length - 1; i >= 0; i--) {
    const next = list[0];
    if (next && !new RegExp(`^${SEP}$`, "i").test(text.slice(numbers[i][1], next[0]))) break;
    list.unshift(numbers[i]);
  }
  if (list.length !== found.periods.length) return null;
  const place = list.findIndex(([s, e]) => s <= at && at < e);
  return place < 0 ? null : found.periods[place];
}

/** Whether a number is a day of a "respectively" list of dates, not a count. */
export function isRespectiveDay(text: string, start: number): boolean {
  return Boolean(dayList(text)?.days.some(([s, e]) => s <= start && start < e));
}
