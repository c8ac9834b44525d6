/**
 * Year-to-date periods of press items: a span of days without a year ("from Jan 1 to May 15", "between 1 January
 * and 15 May"), "this year up to May 15", a flow counted "as of May 18" (from 1 January to that day, not a stock on
 * it), and "so far this year" ending on the day the item states elsewhere rather than on the item's own date.
 */
import type {Period} from "../types.js";
import {
  periodFromBounds,
  type FoundPeriod,
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  pad,
  lastDay,
  lastDayOf,
  addDays
} from "../periods/parse-period.js";
import {stockDates} from "./resolve-stock-date.js";

const MONTH_WORD = MONTH_OR_ABBREVIATION;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// "Jan 1", "1 January", "the 1st of January".
const DAY_MONTH = String.raw`(?:the\s+)?(?:(${MONTH_WORD})\s+(${DAY})|(${DAY})\s+(?:of\s+)?(${MONTH_WORD}))`;
const DAY_RANGE = new RegExp(
  String.raw`(?<![a-z])(?:from|between)\s+${DAY_MONTH}\s+(?:to|until|till|through|and|[-–—])\s+${DAY_MONTH}(?![\d\p{L}])(?![\s,]*(?:of\s+)?(?:19|20)\d\d)`,
  "giu"
);
// "this year up to May 15", "this year until 15 May": the year so far, to that day.
const THIS_YEAR_UP_TO = /\b(?:this|the\s+current)\s+year[\s,]+(?=(?:up\s+to|until|till|through)\s)/gi;
// "there were 11,068 detainees", "11,068 remained in detention": a count standing on a day, whatever it counts.
const STANDING =
  /\b(?:there\s+(?:were|was|are|is)|remain(?:s|ed)?|stood\s+at|stands\s+at|held|hosted|housed|staying|resid(?:e|es|ed|ing)|living|current(?:ly)?|pending|valid|in\s+force)\b/i;

// "as of May 18", "as at 15 May": a lead and a day of a month.
const AS_OF_DAY = /^as\s+(?:of|at)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s|[a-z]+\.?\s+\d{1,2}(?!\d))/i;
// "already convicted", "since the law came into force", "in total to date": a running total since some other start.
const RUNNING = /\b(?:already|since|cumulative(?:ly)?|to\s+date|ever|in\s+all)\b/i;
// A start of its own, which no year the sentence names bounds.
const SINCE = /\b(?:since|ever)\b/i;

function dayOf(year: number, month: string, day: string): string | null {
  const m = monthOfWord(month);
  const d = parseInt(day, 10);
  if (m < 1 || d < 1 || d > lastDay(year, m)) return null;
  return `${year}-${pad(m)}-${pad(d)}`;
}

/** Spans of days a sentence states without a year, in the document's year. */
export function yearlessDayRanges(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!documentDate || !/\b(?:from|between)\b/i.test(text)) return [];
  const year = Number(documentDate.slice(0, 4));
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(DAY_RANGE)) {
    const from = dayOf(year, m[1] ?? m[4], m[2] ?? m[3]);
    const to = dayOf(year, m[5] ?? m[8], m[6] ?? m[7]);
    // A span reaching past the item's own day is of another year: left to the reader of dated spans.
    if (!from || !to || to <= from || to > documentDate.padEnd(10, "-31")) continue;
    out.push({period: periodFromBounds(from, to), start: m.index, end: m.index + m[0].length, pattern: "day_range"});
  }
  return out;
}

/**
 * Drops "this year" where "up to <day>" right after it names the part of the year meant, or where the sentence
 * opens with one ("Until Monday, 4,210 had crossed this year").
 */
export function withoutYearBeforeUpTo(text: string, periods: FoundPeriod[]): FoundPeriod[] {
  if (!/\byear\b/i.test(text)) return periods;
  const opening = [...periods].sort((a, b) => a.start - b.start)[0];
  if (
    opening &&
    opening.pattern === "stock_day" &&
    !opening.period.stock &&
    /^\W*(?:up\s+to|until|till)\b/i.test(text.slice(0, opening.end))
  )
    periods = periods.filter(
      (p) =>
        !(
          p.pattern === "year_relative" &&
          p.period.start === opening.period.start &&
          /^this\s+year$/i.test(text.slice(p.start, p.end))
        )
    );
  const dropped = [...text.matchAll(THIS_YEAR_UP_TO)].filter((m) =>
    periods.some(
      (p) => p.start === m.index + m[0].length && p.period.start.endsWith("-01-01") && p.pattern === "stock_day"
    )
  );
  return periods.filter(
    (p) => !dropped.some((m) => p.pattern === "year_relative" && p.start >= m.index && p.end <= m.index + m[0].length)
  );
}

/** The first year-to-date span a document states ("from Jan 1 to May 15", "up to May 15"), in its own year. */
export function documentYearToDate(text: string, documentDate: string | undefined): Period | null {
  if (!documentDate) return null;
  const year = documentDate.slice(0, 4);
  const spans = [...yearlessDayRanges(text, documentDate), ...stockDates(text, documentDate)].sort(
    (a, b) => a.start - b.start
  );
  const first = spans.find(
    (p) => !p.period.stock && p.period.start === `${year}-01-01` && p.period.end < documentDate.padEnd(10, "-31")
  );
  return first?.period ?? null;
}

/** "so far this year" ends on the day the document states its year-to-date figures on, when that day is earlier. */
export function alignYearToDate(periods: FoundPeriod[], end: string | null): FoundPeriod[] {
  if (!end) return periods;
  return periods.map((p) =>
    p.pattern === "year_to_date" && p.period.start === `${end.slice(0, 4)}-01-01` && end < p.period.end
      ? {...p, period: periodFromBounds(p.period.start, end)}
      : p
  );
}

/**
 * "recorded 18,687 deportations as of May 18": events counted as of a day run from the first of January to it;
 * a count that stands on the day ("there were 11,068 detainees") stays a stock, and an event on a day ("on 5 March")
 * stays on that day.
 */
export function flowToDay(
  period: Period,
  sentence: {text: string; periods: FoundPeriod[]},
  stock: boolean,
  eventful: boolean
): Period {
  if (stock || !eventful || !period.stock || period.start !== period.end) return period;
  const found = sentence.periods.find((p) => p.period === period);
  if (!found || found.pattern !== "stock_day") return period;
  // A day, not a month ("as of June 2013" closes a running total since whenever it began).
  if (!AS_OF_DAY.test(sentence.text.slice(found.start, found.end))) return period;
  if (STANDING.test(sentence.text)) return period;
  // "And already, for 2023, as of May 22, we have repatriated 1,921": a total the sentence bounds by its year runs
  // from the year's start, however "already" it is.
  const year = period.end.slice(0, 4);
  const bounded =
    new RegExp(String.raw`\b(?:for|in|during)\s+${year}\b`, "i").test(sentence.text) && !SINCE.test(sentence.text);
  if (RUNNING.test(sentence.text) && !bounded) return period;
  const start = `${year}-01-01`;
  // The first of January is no span at all.
  return period.end > start ? periodFromBounds(start, period.end) : period;
}

const COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];
// "in the first five months of 2012", "the first 4 months of 2019": January to that month of the year named.
const FIRST_MONTHS = new RegExp(
  String.raw`\b(?:the\s+)?first\s+(${COUNTS.join("|")}|[2-9]|1[01])\s+months\s+of\s+((?:19|20)\d\d)\b`,
  "gi"
);

// "during the last five months of 2021": the months of the year named up to its end, or to the item's month when
// the item comes out in that year.
const LAST_MONTHS = new RegExp(
  String.raw`\b(?:the\s+)?(?:last|past|final)\s+(${COUNTS.join("|")}|[2-9]|1[01])\s+months\s+of\s+((?:19|20)\d\d)\b`,
  "gi"
);

/** The last months a sentence names of a year, ending with the year or before the month of an item dated in it. */
function lastMonthsOf(text: string, documentDate: string | undefined): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(LAST_MONTHS)) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : COUNTS.indexOf(m[1].toLowerCase()) + 2;
    const y = Number(m[2]);
    const inYear = documentDate?.startsWith(m[2]) && /^\d{4}-\d\d/.test(documentDate);
    const end = inYear ? Number(documentDate!.slice(5, 7)) - 1 : 12;
    if (end < n) continue;
    const period = periodFromBounds(`${y}-${pad(end - n + 1)}-01`, `${y}-${pad(end)}-${pad(lastDay(y, end))}`);
    out.push({period, start: m.index, end: m.index + m[0].length, pattern: "months_of_year"});
  }
  return out;
}

/** The first or last months of a year the sentence names ("the first five months of 2012"). */
export function firstMonthsOf(text: string, documentDate?: string): FoundPeriod[] {
  if (!/\bmonths\s+of\b/i.test(text)) return [];
  const first = [...text.matchAll(FIRST_MONTHS)].map((m) => {
    const n = /\d/.test(m[1]) ? Number(m[1]) : COUNTS.indexOf(m[1].toLowerCase()) + 2;
    const y = Number(m[2]);
    return {
      period: periodFromBounds(`${y}-01-01`, `${y}-${pad(n)}-${pad(lastDay(y, n))}`),
      start: m.index,
      end: m.index + m[0].length,
      pattern: "months_of_year"
    };
  });
  return [...lastMonthsOf(text, documentDate), ...first].sort((a, b) => a.start - b.start);
}

// "during the same period", "in the same period": no other year or period named after it.
const SAME_AGAIN =
  /\b(?:during|in|over|for|within)\s+the\s+same\s+(?:period|time(?:\s+period)?|timeframe)\b(?![\s,]*(?:of|in|a\s+year|last|the\s+previous|the\s+preceding|(?:19|20)\d\d)\b)/gi;

/** "…, while 10 were granted asylum during the same period": the period the sentence named before it. */
export function samePeriodAgain(text: string, found: FoundPeriod[]): FoundPeriod[] {
  if (!/\bsame\b/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(SAME_AGAIN)) {
    const before = found.filter((p) => p.end <= m.index).at(-1);
    if (before) out.push({period: before.period, start: m.index, end: m.index + m[0].length, pattern: "same_period"});
  }
  return out;
}

/**
 * "The ministry has also approved 28 617 visas … during the same period", after a sentence on "2017 and 2018": the
 * period the sentence before named last, when this sentence names none before its "same period".
 */
export function samePeriodBefore(text: string, found: FoundPeriod[], lastPeriod: Period | null): FoundPeriod[] {
  if (!lastPeriod || !/\bsame\b/i.test(text)) return found;
  const added: FoundPeriod[] = [];
  for (const m of text.matchAll(SAME_AGAIN)) {
    if (found.some((p) => p.end <= m.index || (p.start < m.index + m[0].length && m.index < p.end))) continue;
    added.push({period: lastPeriod, start: m.index, end: m.index + m[0].length, pattern: "same_period"});
  }
  return added.length ? [...found, ...added].sort((a, b) => a.start - b.start) : found;
}

/** Whether a stock date counts a stock: "on Oct. 5" dates an event (the figures' presentation), not a count on that day. */
const countsStock = (text: string, p: FoundPeriod) => p.period.stock && !/^on\b/i.test(text.slice(p.start));

/** The first day a document counts a stock on, within six weeks before its own date ("As of Sept. 28, there are …"). */
export function documentStockDay(text: string, documentDate: string | undefined): string | null {
  if (!documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate)) return null;
  const earliest = addDays(documentDate, -45);
  const first = stockDates(text, documentDate).find(
    (p) => countsStock(text, p) && p.period.end <= documentDate && p.period.end >= earliest
  );
  return first?.period.end ?? null;
}

/**
 * The one day a document counts its stocks on, wherever it names it ("the latest estimates of work permit holders as
 * at end of September 2009"), within a year before its own date; null when it names none or several.
 */
export function onlyStockDay(text: string, documentDate: string | undefined): Period | null {
  if (!documentDate) return null;
  const latest = documentDate.length === 7 ? `${documentDate}-31` : documentDate;
  const earliest = `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`;
  // "as of 2018" in a headline of February 2018 names no day a stock was counted on: that day is yet to come.
  const days = new Set(
    stockDates(text, documentDate)
      .filter((p) => countsStock(text, p) && p.period.start === p.period.end && p.period.end <= latest)
      .map((p) => p.period.end)
  );
  const [day] = days;
  if (days.size !== 1 || day > latest || day < earliest) return null;
  return {label: day, start: day, end: day, partial: false, stock: true};
}

/** "is currently home to 4.7 million": in an item that states its stocks on a day, "currently" is that day. */
export function alignToday(periods: FoundPeriod[], day: string | null): FoundPeriod[] {
  if (!day) return periods;
  return periods.map((p) =>
    p.pattern === "stock_today" ? {...p, period: {label: day, start: day, end: day, partial: false, stock: true}} : p
  );
}

/** The day after an ISO date. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// "over the past three years", "in the last 5 years": the years before the item.
const PAST_YEARS = new RegExp(
  String.raw`\bthe\s+(?:past|last|previous)\s+(${COUNTS.join("|")}|[2-9]|1[0-9])\s+years\b(?!\s+(?:of|before|after|since|ago)\b)`,
  "gi"
);

// "In three years, 504,485 Nicaraguans have left": a span of years a sentence opens on looks back from the item.
const IN_YEARS_OPENING = new RegExp(
  String.raw`^\W*In\s+(?:just\s+|only\s+)?(${COUNTS.join("|")}|[2-9]|1[0-9])\s+years\s*,`,
  "gi"
);

/**
 * The years "the past three years" names: an item dated by its year alone or in the first half of its year looks
 * back on the whole calendar years before its own (their figures are out, the current year's are not); one dated
 * later in its year looks back the same number of years to its own date, the current year's months included.
 */
export function pastYears(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!documentDate || !/\byears\b/i.test(text)) return [];
  const year = Number(documentDate.slice(0, 4));
  const month = /^\d{4}-\d\d/.test(documentDate) ? Number(documentDate.slice(5, 7)) : 0;
  const end = lastDayOf(documentDate);
  return [...text.matchAll(PAST_YEARS), ...text.matchAll(IN_YEARS_OPENING)].map((m) => {
    const n = /\d/.test(m[1]) ? Number(m[1]) : COUNTS.indexOf(m[1].toLowerCase()) + 2;
    const rolling = month > 6 ? dayAfter(`${year - n}${end.slice(4)}`) : null;
    return {
      period: rolling ? periodFromBounds(rolling, end) : periodFromBounds(`${year - n}-01-01`, `${year - 1}-12-31`),
      start: m.index,
      end: m.index + m[0].length,
      pattern: "past_years"
    };
  });
}
