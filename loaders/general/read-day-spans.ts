/**
 * Spans of days within one month that weekly and fortnightly releases count over: "12-18 March 2021",
 * "5 – 11 Feb 2023", "from August 13 to 16", "between 1-15 May", "the first half of May 2017", "the first week of
 * November"; "over the past
 * week" as the week such a release states; and the day its running totals ("so far this year", "since January",
 * "in 2021") reach, which is the end of the latest span it reports rather than the day it was published.
 */
import type {Period} from "../types.js";
import {
  periodFromBounds,
  type FoundPeriod,
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  pad,
  lastDay,
  addDays
} from "../periods/parse-period.js";
import {yearlessDayRanges} from "./resolve-year-to-date.js";

const MONTH_WORD = `(${MONTH_OR_ABBREVIATION})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DASH = String.raw`\s*(?:-|–|—|to|until|till|through|and)\s*`;
const YEAR = String.raw`(?:,?\s+((?:19|20)\d\d))?`;
// "12-18 March 2021", "between 1 and 15 May", "from 13 to 16 August".
const DAYS_FIRST = new RegExp(
  String.raw`(?<![\d,.:/])${DAY}${DASH}${DAY}\s+(?:of\s+)?${MONTH_WORD}${YEAR}(?![\d\p{L}])`,
  "giu"
);
// "from August 13 to 16", "May 1-15, 2017": the second day closes the phrase, so "August 13 to 16 workers" is no span.
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}])${MONTH_WORD}\s+${DAY}${DASH}${DAY}${YEAR}(?=\s*(?:[.,;:)]|$))`,
  "giu"
);
// "the first half of May 2017", "the second half of June".
const HALF = new RegExp(String.raw`\b(first|second)\s+half\s+of\s+${MONTH_WORD}${YEAR}(?![\d\p{L}])`, "giu");
// "the first week of November", "during the last week of March 2019".
const WEEK = new RegExp(
  String.raw`\b(first|second|third|fourth|last|final)\s+week\s+of\s+${MONTH_WORD}${YEAR}(?![\d\p{L}])`,
  "giu"
);
const WEEK_FIRST_DAY: Record<string, number> = {first: 1, second: 8, third: 15, fourth: 22};
// "over the past week", "during the last week", "in the previous week", "this week".
const PAST_WEEK =
  /\b(?:(?:over|during|in|within)\s+the\s+(?:past|last|previous|preceding)\s+week|this\s+(?:past\s+)?week)\b/gi;

/** The year of a month named without one: the document's, or the one before when the month is later than its date. */
function yearOf(stated: string | undefined, month: number, documentDate: string | undefined): number | null {
  if (stated) return Number(stated);
  if (!documentDate) return null;
  const [y, m] = documentDate.split("-").map(Number);
  return m && month > m ? y - 1 : y;
}

function span(y: number | null, month: number, from: number, to: number): Period | null {
  if (!y || month < 1 || from < 1 || to <= from || to > lastDay(y, month)) return null;
  return periodFromBounds(`${y}-${pad(month)}-${pad(from)}`, `${y}-${pad(month)}-${pad(to)}`);
}

/** Spans of days within one month a sentence states, with or without their year. */
export function dayRanges(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!/\d|\bhalf\b|\bweek\b/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  const push = (m: RegExpMatchArray, period: Period | null, pattern = "day_range") => {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (period && !out.some((o) => o.start < end && start < o.end)) out.push({period, start, end, pattern});
  };
  for (const m of text.matchAll(DAYS_FIRST)) {
    const month = monthOfWord(m[3]);
    push(m, span(yearOf(m[4], month, documentDate), month, Number(m[1]), Number(m[2])));
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const month = monthOfWord(m[1]);
    push(m, span(yearOf(m[4], month, documentDate), month, Number(m[2]), Number(m[3])));
  }
  if (/\bhalf\b/i.test(text))
    for (const m of text.matchAll(HALF)) {
      const month = monthOfWord(m[2]);
      const y = yearOf(m[3], month, documentDate);
      if (!y) continue;
      const first = m[1].toLowerCase() === "first";
      push(m, span(y, month, first ? 1 : 16, first ? 15 : lastDay(y, month)));
    }
  if (/\bweek\b/i.test(text))
    for (const m of text.matchAll(WEEK)) {
      const month = monthOfWord(m[2]);
      const y = yearOf(m[3], month, documentDate);
      if (!y) continue;
      const first = WEEK_FIRST_DAY[m[1].toLowerCase()] ?? lastDay(y, month) - 6;
      push(m, span(y, month, first, first + 6), "week_of_month");
    }
  return out.sort((a, b) => a.start - b.start);
}

const days = (p: Period) => (Date.parse(p.end) - Date.parse(p.start)) / 86400000 + 1;

/** The week a weekly release reports: the last span of five to eight days it states. */
export function documentWeek(text: string, documentDate: string | undefined): Period | null {
  // A week of a month named in passing ("arrived during the first week of November") is no week the release reports.
  const weeks = dayRanges(text, documentDate).filter(
    (p) => p.pattern !== "week_of_month" && days(p.period) >= 5 && days(p.period) <= 8
  );
  return weeks.sort((a, b) => a.period.end.localeCompare(b.period.end)).at(-1)?.period ?? null;
}

/**
 * "over the past week" in a release that states its week: that week; in one that states none, the seven days up to
 * the day it speaks on ("more than 6,000 new arrivals recorded this week alone").
 */
export function pastWeek(text: string, stated: Period | null, asOf?: string): FoundPeriod[] {
  if (!/\bweek\b/i.test(text)) return [];
  const week = stated ?? (asOf && /^\d{4}-\d\d-\d\d$/.test(asOf) ? periodFromBounds(addDays(asOf, -6), asOf) : null);
  if (!week) return [];
  return [...text.matchAll(PAST_WEEK)].map((m) => ({
    period: week,
    start: m.index,
    end: m.index + m[0].length,
    pattern: "past_week"
  }));
}

/**
 * The last day of the latest span of days a release reports, when it ends in the five weeks before the release's
 * date: its running totals reach that day.
 */
export function reportedUntil(text: string, documentDate: string | undefined): string | null {
  if (!documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate)) return null;
  const earliest = addDays(documentDate, -35);
  const ends = [...dayRanges(text, documentDate), ...yearlessDayRanges(text, documentDate)]
    .filter((p) => p.pattern !== "week_of_month")
    .map((p) => p.period.end)
    .filter((e) => e < documentDate && e >= earliest)
    .sort();
  return ends.at(-1) ?? null;
}

const RUNNING = new Set(["year_to_date", "since_last_month"]);

/**
 * Running totals that reach the release's own date ("so far this year", "since January last year") reach the
 * last day it reports instead; so does the release's own year ("in 2021"), which it can only count so far.
 */
export function alignRunning(periods: FoundPeriod[], until: string | null, documentDate: string | undefined) {
  if (!until || !documentDate) return periods;
  const year = until.slice(0, 4);
  return periods.map((p) => {
    if (RUNNING.has(p.pattern) && p.period.end === documentDate && p.period.start < until)
      return {...p, period: periodFromBounds(p.period.start, until)};
    if (p.pattern === "year" && p.period.start === `${year}-01-01` && p.period.end === `${year}-12-31`)
      return {...p, period: periodFromBounds(p.period.start, until)};
    return p;
  });
}
