/**
 * "In 2016 and 2017, 120 and 140 victims were identified, respectively", "repatriated 12, 13, and 14 people on
 * August 5, 6, and 8, respectively": a list of counts and a list of as many periods or days, paired in order.
 * The days of a list after a month ("August 5, 6, and 8") are dates, not counts.
 */
import {
  lastDay,
  periodFromBounds,
  type FoundPeriod,
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  pad
} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {releaseYearOf} from "./resolve-yearless-month.js";

interface Span {
  start: number;
  end: number;
}

export interface Respective {
  /** The period of each count of the list, by the count's start offset. */
  periods: Map<number, Period>;
  /** The days of a list of days after a month: dates, not counts. */
  days: Span[];
}

const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
const MONTH = `(${MONTH_OR_ABBREVIATION})`;
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
interface RespectiveDays {
  /** Offsets [start, end) of the day numbers the list holds. */
  days: [number, number][];
  /** One period per day, in the order written. */
  periods: Period[];
  /** Where the dated list opens. */
  start: number;
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
    const month = monthOfWord(m[monthGroup]);
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

/** The one year a sentence names, or undefined when it names none or several. */
function onlyYear(text: string): string | undefined {
  const years = [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])];
  return years.length === 1 ? years[0] : undefined;
}

/** The days a "respectively" list of a sentence dates, or null when it has none. */
export function respectiveDays(text: string, documentDate: string | undefined): RespectiveDays | null {
  const list = dayList(text);
  // "In 2021, … on 3 and 14 May respectively": the one year the sentence names, else the document's.
  const year = list ? releaseYearOf(list.month, documentDate, list.year ?? onlyYear(text)) : null;
  if (!list || !year) return null;
  const last = lastDay(year, list.month);
  const periods: Period[] = [];
  for (const [s, e] of list.days) {
    const day = Number(text.slice(s, e));
    if (day > last) return null;
    const iso = `${year}-${pad(list.month)}-${pad(day)}`;
    periods.push(periodFromBounds(iso, iso));
  }
  return {days: list.days, periods, start: list.start};
}

// "in January and February, respectively", "in March, April and May 2023 respectively": whole months, paired in order.
const MONTH_LIST = new RegExp(
  String.raw`\b(?:in|during|for)\s+(?:the\s+months\s+of\s+)?(${MONTH}(?:${SEP}${MONTH})+)(?:,?\s+(?<year>(?:19|20)\d\d))?,?\s+respectively\b`,
  "dgi"
);

/** The months of the sentence's "respectively" list of months, each with its period, or none. */
function monthLists(text: string, documentDate: string | undefined): (Span & {period: Period})[][] {
  MONTH_LIST.lastIndex = 0;
  const m = MONTH_LIST.exec(text);
  if (!m?.indices) return [];
  const at = m.indices[1]![0];
  const words = [...m[1].matchAll(new RegExp(MONTH, "gi"))];
  const months = words.map((w) => monthOfWord(w[0]));
  // The year the list names, else the one year of the sentence, else the last such month by the document's date; the
  // months before the last are of its year, or of the year before where the list runs over a new year.
  const lastYear = months.at(-1) && releaseYearOf(months.at(-1)!, documentDate, m.groups?.year ?? onlyYear(text));
  if (!lastYear || months.some((month) => !month)) return [];
  const out: (Span & {period: Period})[] = words.map((w, i) => {
    const year = months[i] <= months.at(-1)! ? lastYear : lastYear - 1;
    const period = periodFromBounds(
      `${year}-${pad(months[i])}-01`,
      `${year}-${pad(months[i])}-${pad(lastDay(year, months[i]))}`
    );
    return {start: at + w.index, end: at + w.index + w[0].length, period};
  });
  return out.length >= 2 ? [out] : [];
}

/** Runs of two or more items joined by commas and "and", in text order. */
function runs<T extends Span>(items: T[], text: string): T[][] {
  const out: T[][] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && JOIN.test(text.slice(last.at(-1)!.end, item.start))) last.push(item);
    else out.push([item]);
  }
  return out.filter((r) => r.length >= 2);
}

/** The days of the sentence's day list, each with its period. */
function dayLists(
  text: string,
  documentDate: string | undefined
): {periods: (Span & {period: Period})[]; days: Span[]}[] {
  const found = respectiveDays(text, documentDate);
  if (!found) return [];
  const days = found.days.map(([start, end]) => ({start, end}));
  return [{periods: days.map((d, i) => ({...d, period: {...found.periods[i], stock: false}})), days}];
}

export function respectively(
  text: string,
  found: FoundPeriod[],
  counts: Span[],
  documentDate: string | undefined
): Respective {
  const out: Respective = {periods: new Map(), days: []};
  if (!/\brespectively\b/i.test(text)) return out;
  const days = dayLists(text, documentDate);
  const inDays = (s: Span) => days.some((l) => l.days.some((d) => d.start === s.start));
  const periodRuns = [
    ...runs(
      found.filter((p) => p.pattern === "year"),
      text
    ),
    ...days.map((l) => l.periods),
    ...monthLists(text, documentDate)
  ];
  const countRuns = runs(
    counts.filter((c) => !inDays(c) && !found.some((p) => c.start < p.end && p.start < c.end)),
    text
  );
  for (const list of countRuns) {
    // Pair with the one list of periods of the same length.
    const matching = periodRuns.filter((p) => p.length === list.length);
    if (matching.length !== 1) continue;
    list.forEach((c, i) => out.periods.set(c.start, matching[0][i].period));
  }
  // The days of a list are dates whether or not a list of counts pairs with them.
  for (const l of days) out.days.push(...l.days);
  return out;
}
