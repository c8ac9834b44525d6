/**
 * The period a number in a sentence belongs to: the period named in its own clause segment (a
 * parenthesis, a comparison, the main clause), then its enclosing segment, then the period a
 * sentence of the paragraph opened with, then the document's reporting period.
 */
import {dayToMonthEnd} from "./read-day-to-month-end.js";
import {alternation} from "./alternation.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {closesLawName, closesPlanName, datesThing} from "./law-name-year.js";
import {dashAsides} from "./read-comparison.js";
import type {Period} from "../types.js";
import {
  findDates,
  findPeriods,
  MONTHS,
  monthIndex,
  monthPeriod,
  periodFromBounds,
  yearPeriod,
  type FoundPeriod
} from "../periods/parse-period.js";
import {COMPARISON_MARKERS} from "../vocabulary/nouns.js";
import {framesParagraph} from "./frame-paragraph.js";
import {bikramSambatYears, followsOtherEra} from "./other-era-year.js";
import {samePeriodBefore, yearlessMonthRanges} from "./resolve-month-range.js";
import {relativeYearDays, yearlessMonths} from "./resolve-yearless-month.js";
import {yearlessQuarters} from "./resolve-yearless-quarter.js";
import {precedingPeriod, singleYear} from "./preceding-period.js";
import {stockDates} from "./resolve-stock-date.js";
import {reviewMonth} from "./review-month.js";
import {relativeSpans, yearSoFar} from "./resolve-relative-span.js";
import {eventDays} from "./resolve-event-day.js";
import {eventWeekdays} from "./read-weekday.js";
import {deicticDays} from "./read-deictic-day.js";
import {elidedOrdinals} from "./elided-ordinal.js";
import {
  firstMonthsOf,
  pastYears,
  samePeriodAgain,
  withoutYearBeforeUpTo,
  yearlessDayRanges
} from "./resolve-year-to-date.js";
import {isContrastYear, isSuperlativeToDate} from "./read-contrast.js";
import {dayRanges} from "./read-day-spans.js";
import {comparisonAsides} from "./comparison-aside.js";
import {soFarInYear} from "./resolve-so-far-in-year.js";
import {sharedMonthDays} from "./shared-month-days.js";
import {findFiscalYears, fiscalYearBefore} from "../periods/fiscal-year.js";
import {nepaliMonths} from "../periods/nepali-month.js";
import {comparedFrom, comparisonEnds, datesFigure, nearerCount} from "./compared-period.js";
import {parallelChangePeriod} from "./parallel-change.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {yearBefore} from "./year-before.js";
import {spansOfNamedYear} from "./span-of-named-year.js";
import {joinYearMonths, yearToMonth} from "./read-year-to-month.js";
import {sinceDays} from "./read-since-day.js";
import {partBoundedSpans} from "./read-part-bounded-span.js";
import {asOfEnds} from "./read-as-of-end.js";
import {runningTotals} from "./running-total.js";
import {spellRelativeYears} from "./spell-relative-year.js";
import {isYearShapedCount} from "./year-shaped-count.js";
import {quotedTitles} from "./quoted-title.js";
import {nowWords} from "./read-now.js";

export interface SentenceFrame {
  text: string;
  periods: FoundPeriod[];
  /** [open, close] offsets of each parenthesis, outermost first. */
  parens: [number, number][];
  /** Offsets where a comparison opens. */
  comparisons: number[];
  /** Offsets of clause boundaries (";"). */
  clauses: number[];
}

// "from 14 countries" names where people came from, not the first term of a change ("from 131 to 17").
const COMPARISON_RE = new RegExp(
  `(?<![a-z])(?:(?:an?\\s+(?:\\w+\\s+)?)?(?:increase|decrease|decline|rise|drop|reduction|growth)\\s+(?:from|compared\\s+(?:to|with)|on|over)|from(?=\\s+(?:about\\s+|around\\s+|nearly\\s+)?\\d)(?!\\s+(?:19|20)\\d\\d\\s*(?:to|[-–—])\\s*(?:19|20)\\d\\d)(?!\\s+\\d{1,2}\\s+(?:${MONTHS.join("|")})\\b)(?!\\s+[\\d,]+\\s+(?:[a-z]+\\s+)?countries\\b)|${COMPARISON_MARKERS.filter(
    (m) => m !== "from" && m !== "against"
  )
    .map((m) => m.replace(/[.]/g, "\\.").replace(/ /g, "\\s+"))
    .join("|")})(?![a-z])`,
  "gi"
);

// ", while on 1 July 2019, …", ", whereas in 2018 …", "while last year …": a contrasting clause that names its own date is no longer the first clause.
// A short quoted name ("known as “coyotes,” have been caught") closes no quotation; its look back is tried only at a
// comma or stop, since a look back tried at every character costs more than the rest of the pattern.
const REPORTED_CLAUSE =
  /[,.](?<![“"][\p{L}'’ -]{1,30}[,.])["”](?=\s)|,\s*(?:adding|noting|stressing|explaining)\s+that\b|,\s*(?:while|whereas)(?=\s+(?:on|in|as\s+of|as\s+at|by|at\s+the\s+end\s+of|during)\s+(?:\d|[A-Z]|the\s))|,?\s+(?:while|whereas)(?=\s+(?:last|this|next)\s+(?:year|month|week)\b)/gu;

// "during the year", "over the year", "throughout the year", unless a date, "before", "of …" or the like follows to name another.
const DURING_THE_YEAR =
  /\b(?:during|over|throughout)\s+the\s+(?:whole\s+|entire\s+)?year\b(?!\s*(?:\d{4}\b|before|earlier|after|later|prior|of\b|under|ending|ended|to\b|that|when|in\s+which|[-–]))/gi;

// "over the month", "during the month", unless "of …", "before" or the like follows to name another.
const DURING_THE_MONTH =
  /\b(?:during|over|throughout|in|for)\s+the\s+(?:whole\s+|entire\s+)?month\b(?!\s*(?:of\b|before|earlier|after|later|prior|under|ending|ended|to\b|that|when|in\s+which|[-–]))/gi;

// "for the review month", "in the month under review": the month a release reports on.
const MONTH_UNDER_REVIEW =
  /\b(?:(?:during|in|for|over)\s+)?(?:the\s+(?:review|reporting|reference)\s+month|the\s+month\s+under\s+review)\b/gi;

// "60(I)/2014", "87(II)/2007": the year a law was passed, written after its number and series.
const LAW_NUMBER_BEFORE = /\d\s*\([IVXivx]{1,4}\)\/$/;

// "has assisted … this year": a perfect says the count runs up to the day the item speaks on.
const PERFECT = /\b(?:has|have)\s+(?:(?:also|so\s+far|already|now)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b/i;

/** "This year" in an item dated to a day of that year whose verb is in the perfect: the year up to that day. */
function perfectSoFar(text: string, year: number, documentDate: string): Period | null {
  if (!/^\d{4}-\d\d-\d\d$/.test(documentDate) || Number(documentDate.slice(0, 4)) !== year) return null;
  return PERFECT.test(text) ? periodFromBounds(`${year}-01-01`, documentDate) : null;
}

// "859 in April, down from 887 the previous month": the month before the one the sentence named last before it.
const MONTH_BEFORE =
  /\b(?:(?:in|during)\s+)?(?:the\s+(?:previous|preceding|prior)\s+month|the\s+month\s+before|a\s+month\s+earlier)\b/gi;
const MONTH_LABEL = /^\d{4}-\d\d$/;

/** "the previous month" after a month the sentence names (or in a release on one month): the month before it. */
function monthsBefore(text: string, found: FoundPeriod[], reporting: Period | null): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!/month/i.test(text)) return out;
  for (const m of text.matchAll(MONTH_BEFORE)) {
    const base =
      found.filter((p) => p.end <= m.index && MONTH_LABEL.test(p.period.label)).at(-1)?.period ??
      (reporting && MONTH_LABEL.test(reporting.label) ? reporting : null);
    const period = base ? precedingPeriod(base) : null;
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "preceding_period"});
  }
  return out;
}

/** Periods named relative to the document's date ("last year", "January this year") or to the sentence's own ("the previous year"). */
function relativePeriods(
  text: string,
  found: FoundPeriod[],
  documentDate: string | undefined,
  reporting: Period | null
): FoundPeriod[] {
  const own: FoundPeriod[] = [];
  if (reporting && /year|period|month/i.test(text)) {
    const re =
      /\b(?:the\s+(?:latest|reporting|review)\s+(?:year|period)|the\s+period\s+under\s+review|the\s+year\s+under\s+review)\b/gi;
    for (let m = re.exec(text); m; m = re.exec(text))
      own.push({period: reporting, start: m.index, end: m.index + m[0].length, pattern: "reporting_period"});
    // "were investigated during the year": in a report on one year, the year it reports on (not the year it appeared).
    if (singleYear(reporting) !== null)
      for (const m of text.matchAll(DURING_THE_YEAR))
        own.push({period: reporting, start: m.index, end: m.index + m[0].length, pattern: "reporting_period"});
    // "rose over the month", "for the review month": in a release on whole months, the last of them.
    const month = reviewMonth(reporting);
    if (month)
      for (const m of [...text.matchAll(DURING_THE_MONTH), ...text.matchAll(MONTH_UNDER_REVIEW)])
        own.push({period: month, start: m.index, end: m.index + m[0].length, pattern: "reporting_period"});
    // "(2,591 in the preceding period)": the period as long as the one the sentence speaks of, just before it.
    // "57 assisted last reporting period": "last" with "reporting" is the period before too ("last period" alone is not).
    // "a previous reporting period" is some earlier one, not the one just before.
    // "continued 12 prosecutions from the previous reporting period": cases begun then, continued in this one.
    const before =
      /\b(?<!\ban?\s+|\bcontinu[a-z]*\b[^.;]{0,120}\bfrom\s+(?:the\s+)?)(?:the\s+)?(?:(?:preceding|previous|prior)\s+(?:reporting\s+)?|last\s+reporting\s+)period\b/gi;
    for (let m = before.exec(text); m; m = before.exec(text)) {
      const base = found.filter((p) => p.start < m!.index).at(-1)?.period ?? reporting;
      const period = precedingPeriod(base);
      if (period) own.push({period, start: m.index, end: m.index + m[0].length, pattern: "preceding_period"});
    }
  }
  if (!documentDate) return own;
  const docYear = Number(documentDate.slice(0, 4));
  const out: FoundPeriod[] = own;
  if (/^\d{4}-\d\d-\d\d$/.test(documentDate)) {
    for (const m of nowWords(text)) {
      if (/^to/i.test(m.word) && isSuperlativeToDate(text, m.start)) continue;
      out.push({
        period: {label: documentDate, start: documentDate, end: documentDate, partial: false, stock: true},
        start: m.start,
        end: m.end,
        pattern: "stock_today"
      });
    }
  }
  const re =
    /\b(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:of\s+)?(last|this|the\s+previous|the\s+preceding|the\s+prior|the\s+current|the\s+same\s+period\s+of\s+the\s+previous|the\s+past)\s+year\b/gi;
  for (let m = /year/i.test(text) ? re.exec(text) : null; m; m = re.exec(text)) {
    const which = m[2].toLowerCase().replace(/\s+/g, " ");
    let year = docYear;
    if (which === "last" || which === "the past") year = docYear - 1;
    else if (which.includes("previous") || which.includes("preceding") || which.includes("prior")) {
      // "the prior year" steps back from the year the sentence speaks of, else from the year the report covers.
      const own = found.filter((p) => p.pattern === "year" && p.start < m!.index).at(-1);
      year = (own ? Number(own.period.label) : (singleYear(reporting) ?? docYear)) - 1;
    }
    const month = m[1] ? monthIndex(m[1]) : 0;
    let period = month ? monthPeriod(year, month) : yearPeriod(year);
    // "this year" in an item dated mid-year that reports the year so far is that part of the year, not all of it.
    if (!month && (which === "this" || which === "the current"))
      period = yearSoFar(reporting, documentDate) ?? perfectSoFar(text, year, documentDate) ?? period;
    // "in the first two weeks of December this year": the opening weeks of the month only.
    const weeks = /\bthe\s+first\s+(one|two|three|\d)\s+weeks?\s+of\s+$/i.exec(
      text.slice(Math.max(0, m.index - 30), m.index)
    );
    if (period && month && weeks) {
      const n = /\d/.test(weeks[1]) ? Number(weeks[1]) : ["one", "two", "three"].indexOf(weeks[1].toLowerCase()) + 1;
      const end = new Date(`${period.start}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 7 * n - 1);
      period = periodFromBounds(period.start, end.toISOString().slice(0, 10));
    }
    if (period)
      out.push({
        period,
        start: m.index,
        end: m.index + m[0].length,
        pattern: month ? "month_relative" : "year_relative"
      });
  }
  return out;
}

export function frameSentence(
  sentence: string,
  documentDate?: string,
  reporting: Period | null = null,
  state?: string,
  /** The day bare weekdays are counted back from, when the item's date is no day (see weekAnchor). */
  weekOf: string | undefined = documentDate
): SentenceFrame {
  // "January 2 and 9 of this year" is read as "January 2 and 9 2019", at the same offsets.
  const text = spellRelativeYears(sentence, documentDate);
  const dates = findDates(text);
  const firstMonths = firstMonthsOf(text, documentDate);
  // "in 2020/21", "the last financial year": a government year, read with the state's calendar.
  const fiscal = findFiscalYears(text, state, documentDate);
  // "in Shrawan of the previous fiscal year": a month of Nepal's calendar, in the year named after it.
  const nepali = state === "NPL" ? nepaliMonths(text, fiscal, documentDate) : [];
  const plain = [
    // "in the year 2070 B.S": a year of Nepal's calendar, from mid-April to mid-April.
    ...bikramSambatYears(text),
    // "between the beginning of 2016 and the end of 2017": one span, not two years.
    ...partBoundedSpans(text),
    ...firstMonths,
    ...nepali,
    ...fiscal.filter((f) => !nepali.some((n) => f.start < n.end && n.start < f.end))
  ];
  let named = [...plain, ...findPeriods(text).filter((p) => !plain.some((f) => p.start < f.end && f.start < p.end))]
    // "2020-02-18", "18.02.2020", "Law 60(I)/2014": a year inside a written date or a law's number is not a period of statistics.
    .filter(
      (p) =>
        !(
          p.pattern === "year" &&
          (/^-\d\d-\d\d/.test(text.slice(p.end, p.end + 6)) ||
            /\d\d[./-]$/.test(text.slice(Math.max(0, p.start - 3), p.start)) ||
            LAW_NUMBER_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start)) ||
            isYearShapedCount(text.slice(Math.max(0, p.start - 8), p.start), text.slice(p.end, p.end + 10)) ||
            closesLawName(text, p.start) ||
            datesThing(text, p.start, p.end) ||
            followsOtherEra(text.slice(p.end, p.end + 16)))
        ) &&
        !(
          (p.pattern === "year" || p.pattern === "range" || p.pattern.startsWith("fiscal_year")) &&
          closesPlanName(text, p.start)
        )
    );
  const overlaps = (a: FoundPeriod, list: FoundPeriod[]) => list.some((p) => p.start < a.end && a.start < p.end);
  // "12-18 March 2021": the days of the month, not the month.
  const monthDays = dayRanges(text, documentDate);
  if (monthDays.length) named = named.filter((p) => !overlaps(p, monthDays));
  const spans = spansOfNamedYear(
    text,
    relativeSpans(text, documentDate, reporting).filter((s) => !overlaps(s, named)),
    named
  );
  const monthRanges = yearlessMonthRanges(text, named, reporting, documentDate);
  const ranges = [
    ...monthRanges,
    ...yearlessMonths(text, named, reporting, documentDate).filter((m) => !overlaps(m, monthRanges)),
    ...yearlessQuarters(text, named, reporting, documentDate).filter((q) => !overlaps(q, monthRanges))
  ];
  const same = samePeriodBefore(
    text,
    [...named, ...ranges, ...spans].sort((a, b) => a.start - b.start),
    reporting
  );
  const written = eventDays(text, documentDate);
  const weekdays = eventWeekdays(text, weekOf).filter((w) => !overlaps(w, written));
  const events = [
    ...written,
    ...weekdays,
    ...deicticDays(text, documentDate).filter((d) => !overlaps(d, [...written, ...weekdays]))
  ];
  const days = [
    ...monthDays,
    ...yearlessDayRanges(text, documentDate),
    ...pastYears(text, documentDate),
    ...events,
    // "from the 1st to the 15th of January": a span the release readers leave.
    ...sharedMonthDays(text, documentDate).filter((d) => !overlaps(d, monthDays)),
    // "on June 24 last year" is read once, as an event's day.
    ...relativeYearDays(text, documentDate).filter((d) => !overlaps(d, events))
  ].filter(
    (d) =>
      !overlaps(
        d,
        // "on August 3, 2020": the year written in an event's day is that day's, not a period of its own.
        [...named, ...ranges].filter(
          (p) => !(d.pattern === "event_day" && p.pattern === "year" && p.start >= d.start && p.end <= d.end)
        )
      )
  );
  const soFar = soFarInYear(text, documentDate);
  const fiscalBefore = fiscalYearBefore(text, fiscal, reporting, state);
  const before = [
    ...fiscalBefore,
    ...yearBefore(
      text,
      [...named, ...ranges, ...spans].sort((a, b) => a.start - b.start),
      reporting
    ).filter((b) => !overlaps(b, fiscalBefore))
  ].filter((b) => !overlaps(b, [...same, ...days]));
  // "between 1994 and August this year": one span, not a year and a month.
  const toMonth = yearToMonth(text, documentDate);
  // "Since June 1, …": the day, read before the month or year in it.
  const sinceDay = sinceDays(text, documentDate);
  // "between January 1 and the end of March this year": one span, read before the day and the month in it.
  const dayToMonth = dayToMonthEnd(text, documentDate);
  // "at the end of last month", "amounted to 4,000 through December 2016": the last day a stock stood on.
  const ends = asOfEnds(text, documentDate);
  const monthBefore = monthsBefore(
    text,
    [...named, ...ranges].sort((a, b) => a.start - b.start),
    reporting
  );
  const relative = [
    ...ends,
    ...monthBefore,
    ...dayToMonth,
    ...sinceDay,
    ...soFar,
    ...before,
    ...toMonth,
    ...relativePeriods(text, named, documentDate, reporting).filter(
      (r) => !overlaps(r, [...same, ...spans, ...ranges, ...days, ...soFar, ...before, ...toMonth, ...monthBefore])
    ),
    ...spans.filter((s) => !overlaps(s, same)),
    ...ranges,
    ...same,
    ...days,
    ...stockDates(text, documentDate).filter((d) => !overlaps(d, days))
  ]
    .filter((r) => sinceDay.includes(r) || !overlaps(r, sinceDay))
    .filter((r) => dayToMonth.includes(r) || !overlaps(r, dayToMonth))
    .filter((r) => ends.includes(r) || !overlaps(r, ends));
  const stated = [...named.filter((p) => !relative.some((r) => p.start < r.end && r.start < p.end)), ...relative];
  const titles = quotedTitles(text);
  const periods = joinYearMonths(
    text,
    withoutYearBeforeUpTo(text, [...stated, ...samePeriodAgain(text, stated)]).sort((a, b) => a.start - b.start)
  )
    .filter((p) => !(p.pattern === "year" && isContrastYear(text, p.start, p.end)))
    .filter((p) => !titles.some(([s, e]) => p.start >= s && p.end <= e))
    .filter(
      (p) =>
        !(
          p.pattern === "year" &&
          /\bthe\s+$/i.test(text.slice(Math.max(0, p.start - 5), p.start)) &&
          /^\s+[A-Z]/.test(text.slice(p.end, p.end + 3))
        )
    )
    .filter(
      (p) =>
        p.pattern === "stock_date" ||
        p.pattern === "stock_day" ||
        p.pattern === "day_range" ||
        p.pattern === "day_to_month_end" ||
        p.pattern === "week_of_month" ||
        p.pattern === "event_day" ||
        p.pattern === "deictic_day" ||
        p.pattern === "since_day" ||
        p.pattern.startsWith("month") ||
        !dates.some((d) => p.start < d.end && d.start < p.end)
    );
  // "320 in the second quarter, 226 in the third": the part of the year an ordinal names alone.
  periods.push(
    ...elidedOrdinals(text, periods).filter((e) => !periods.some((p) => p.start < e.end && e.start < p.end))
  );
  // "…in 2022, bringing the total to 547,102": the total stands on the last day of the period before it.
  periods.push(...runningTotals(text, periods));
  periods.sort((a, b) => a.start - b.start);
  const parens: [number, number][] = [];
  const stack: number[] = [];
  for (let i = text.indexOf("(") < 0 ? text.length : 0; i < text.length; i++) {
    if (text[i] === "(") stack.push(i);
    else if (text[i] === ")" && stack.length) parens.push([stack.pop()!, i]);
  }
  parens.sort((a, b) => a[0] - b[0]);
  const comparisons: number[] = [];
  COMPARISON_RE.lastIndex = 0;
  for (let m = COMPARISON_RE.exec(text); m; m = COMPARISON_RE.exec(text)) comparisons.push(m.index);
  parens.push(...comparisonAsides(text, comparisons, parens));
  parens.sort((a, b) => a[0] - b[0]);
  const clauses: number[] = [];
  for (let i = text.indexOf(";"); i >= 0; i = text.indexOf(";", i + 1)) clauses.push(i);
  // "\"In January-May 2021, 538,704 …,\" the ministry said, adding that …": a quotation closing and a reported
  // addition each end the clause whose period they do not share.
  if (/["”]|that|while|whereas/.test(text)) for (const m of text.matchAll(REPORTED_CLAUSE)) clauses.push(m.index);
  clauses.push(...comparisonEnds(text, comparisons, periods));
  clauses.sort((a, b) => a - b);
  // "Compared with the same period of last year, the number … reached 128,450": a comparison opening the sentence
  // ends at its comma; the main clause after it is not compared.
  const comma =
    comparisons[0] !== undefined && /^\W*$/.test(text.slice(0, comparisons[0])) ? text.search(/,(?!\d)/) : -1;
  if (comma > comparisons[0] && !/^,\s*(?:when|where|which|in\s+which)\b/i.test(text.slice(comma))) {
    clauses.push(comma);
    clauses.sort((a, b) => a - b);
  }
  return {text: sentence, periods, parens, comparisons, clauses};
}

/** The innermost parenthesis holding an offset. */
function enclosing(frame: SentenceFrame, at: number): [number, number] | null {
  let best: [number, number] | null = null;
  for (const p of frame.parens) if (p[0] < at && at < p[1] && (!best || p[0] > best[0])) best = p;
  return best;
}

/** The segment [start, end) an offset belongs to, and its parenthesis if any. */
export function segmentOf(
  frame: SentenceFrame,
  at: number
): {start: number; end: number; paren: [number, number] | null} {
  const paren = enclosing(frame, at);
  let start = paren ? paren[0] + 1 : 0,
    end = paren ? paren[1] : frame.text.length;
  for (const c of frame.clauses) {
    if (c < at && c >= start) start = c + 1;
    if (c >= at && c < end) end = c;
  }
  for (const c of frame.comparisons) {
    // "(down from 163 in March)": a comparison in a bracket ends with it.
    const own = enclosing(frame, c);
    if (own && own !== paren && own[1] < at) continue;
    if (c <= at && c >= start) start = c;
    if (c > at && c < end) end = c;
  }
  return {start, end, paren};
}

/** Periods named in a segment outside the parentheses nested in it. */
function periodsIn(frame: SentenceFrame, start: number, end: number, paren: [number, number] | null): FoundPeriod[] {
  return frame.periods.filter(
    (p) => p.start >= start && p.end <= end && (enclosing(frame, p.start) === paren || glosses(frame, p, paren))
  );
}

/**
 * "in one month (mid-January to mid-February, 2023)", "Shrawan (mid-July to mid-August)": a bracket holding
 * only a span of months, with no count of its own, dates the phrase it follows.
 */
function glosses(frame: SentenceFrame, p: FoundPeriod, paren: [number, number] | null): boolean {
  const own = enclosing(frame, p.start);
  if (!own || p.pattern === "year" || enclosing(frame, own[0]) !== paren) return false;
  const rest = frame.text.slice(own[0] + 1, p.start) + frame.text.slice(p.end, own[1]);
  return !/\d/.test(rest) && frame.periods.filter((q) => q.start > own[0] && q.end <= own[1]).length === 1;
}

/** Periods of the number at `at` stated in its sentence: usually one; "in both 2016 and 2017" gives two. */
export function sentencePeriods(frame: SentenceFrame, at: number, documentDate: string | undefined): Period[] {
  // "In January-April 2019, 812 were returned, against 640 in the same period last year": the count right
  // after an opening period is counted in it, whatever the comparison after it names.
  // "…; in 2013, they published more than 8,700 articles": a clause after a semicolon opens the same way.
  const clause = frame.text.lastIndexOf(";", at) + 1;
  const first = frame.periods.find((p) => p.start >= clause);
  // "In three years, 504,485 Nicaraguans have left": a period read with its own preposition and comma opens it too.
  if (
    first &&
    first.end <= at &&
    (OPENING_LEAD.test(frame.text.slice(clause, first.start)) ||
      (/^\W*$/.test(frame.text.slice(clause, first.start)) &&
        OWN_LEAD.test(frame.text.slice(first.start, first.end)))) &&
    OPENED_COUNT.test(frame.text.slice(first.end, at)) &&
    /,/.test(frame.text.slice(first.start, at)) &&
    !enclosing(frame, at)
  )
    return [first.period];
  // "…: in the case of readmissions, from 1,959 to 1,278": the periods of the dated change before it.
  const parallel = parallelChangePeriod(frame.text, frame.periods, at);
  if (parallel) return [parallel];
  let pos = at;
  for (let guard = 0; guard < 6; guard++) {
    const seg = segmentOf(frame, pos);
    // "100 traffickers—including some whose trials began in the previous reporting period—": an aside's period is its own.
    const asides = dashAsides(frame.text).filter(([s, e]) => !(at > s && at < e));
    const found = periodsIn(frame, seg.start, seg.end, seg.paren).filter(
      (p) => !asides.some(([s, e]) => p.start > s && p.end < e) && !namesComparedFigure(frame.text, p, at)
    );
    // "rose by 20 per cent from the year before": a period a comparison after the count names is not the count's.
    // "dropped to 4,997, which is the lowest number in the last eleven months": nor is one in a relative clause on it.
    const after = found.filter(
      (p) =>
        p.start >= pos &&
        !(comparedFrom(frame.text, p.start) > at) &&
        !RELATIVE_ON_COUNT.test(frame.text.slice(at, p.start)) &&
        !SUPERLATIVE_SINCE.test(frame.text.slice(at, p.start))
    );
    // "the same period of 2021, when 14,302 permits were issued": a period that a when-clause hangs on governs it.
    const hung = found.filter((p) => p.end <= pos && /^,?\s+when\b/i.test(frame.text.slice(p.end, p.end + 8))).at(-1);
    // "2014, when 93 applied in the first eight months of the year": a part of the when-clause's period is narrower.
    // "Since 2013, when the number was 1,574, the figure surged to 9,942 in 2017": a count's own period right after it is its.
    const own = after[0] && /^[\d.,\s]+(?:in|during)\s+$/.test(frame.text.slice(at, after[0].start));
    const when =
      own ||
      (hung &&
        after[0] &&
        after[0].period.start >= hung.period.start &&
        after[0].period.end <= hung.period.end &&
        !after[0].period.stock)
        ? undefined
        : hung;
    // "204 convictions in 2021 (81 trial and 123 appellate) and 175 in 2020": a bracket right after a period is of it.
    const bracketed =
      guard > 0 ? found.find((p) => p.end <= pos && /^\s*$/.test(frame.text.slice(p.end, pos))) : undefined;
    const prior = found.filter((p) => p.end <= pos).at(-1);
    // "the most last year with 2,830, with 1,046 applying this year": a later period another count stands nearer to is that count's.
    // "In 2015, the number stood at 17,429, and the following year, the figure was 17,495": a period opening the next
    // clause is that clause's.
    const next =
      (guard === 0 && after[0] && nearerCount(frame.text, at, after[0].start)) ||
      (prior && after[0] && opensNextClause(frame.text, at, after[0])) ||
      (after[0] && datesFigure(frame.text, after[0].end))
        ? undefined
        : after[0];
    // "40 cases in 2020, including 24 sex trafficking cases and 16 forced labor cases, and eight cases in 2019": parts
    // listed right after a whole's period are of it, unless a period of their own follows before the next count.
    const whole =
      guard === 0 && (!after[0] || countBetween(frame.text, at, after[0].start))
        ? (prior ?? frame.periods.filter((p) => p.end <= seg.start).at(-1))
        : undefined;
    const partOf = whole && PARTS_AFTER_PERIOD.test(frame.text.slice(whole.end, at)) ? whole : undefined;
    const chosen = when ?? bracketed ?? partOf ?? next ?? prior;
    if (chosen) {
      // "in both 2016 and 2017"; "no convictions in 2021 or 2020", "one foreign victim in 2017 and 2018": two years
      // joined after the figure each have it.
      const both =
        after[1] &&
        /both\s+$/i.test(frame.text.slice(Math.max(0, chosen.start - 6), chosen.start)) &&
        /^\s+and\s+$/.test(frame.text.slice(chosen.end, after[1].start));
      if (both) return [chosen.period, after[1].period];
      // "no convictions in 2016, 2017 and 2018": each year of a list joined after the figure has it.
      // "deported a total of 1 595 … during 2017 and 2018": two years in a row that a count ran through are one span.
      const through = chosen === after[0] ? yearsRunThrough(frame.text, after) : null;
      if (through) return [through];
      const joined = chosen === after[0] ? joinedYears(frame.text, after) : [];
      if (joined.length) return joined.map((p) => p.period);
      const same = sameAsPeriod(frame, chosen);
      if (same && chosen.start >= pos) return [chosen.period, same];
      return [since(frame.text, chosen, documentDate)];
    }
    if (!seg.paren) {
      const listed = guard === 0 ? semicolonListPeriod(frame, seg.end) : null;
      return listed ? [listed] : [];
    }
    const parallel = guard === 0 ? parallelBracketPeriod(frame, seg.paren) : null;
    if (parallel) return [parallel];
    pos = seg.paren[0];
  }
  return [];
}

// "fall by almost 2,000, from the 2003 figure, to 10,838": a period naming the figure a change starts from dates no count.
const COMPARED_FIGURE_BEFORE = /\b(?:from|than|above|below|compared\s+(?:with|to)|against)\s+(?:the\s+)?$/i;
const COMPARED_FIGURE_AFTER = /^['’]?s?\s+(?:figure|level|total|number|count|tally)\b/i;

// "the 2003 total of 12,800": the figure the period names, which it does date.
const FIGURE_OF = /^['’]?s?\s+(?:figure|level|total|number|count|tally)\s+(?:of|was|stood\s+at)\s+(?:[a-z]+\s+)?$/i;

/** Whether `p` names the figure a comparison starts from, and the count at `at` is another. */
function namesComparedFigure(text: string, p: FoundPeriod, at: number): boolean {
  return (
    COMPARED_FIGURE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)) &&
    COMPARED_FIGURE_AFTER.test(text.slice(p.end, p.end + 12)) &&
    !(at > p.end && FIGURE_OF.test(text.slice(p.end, at)))
  );
}

// A conjunction between a count and a period that a comma or the clause's subject closes: the period opens a clause of its own.
// "in 2017 and 2018", "in 2021 or 2020": two calendar years, each written alone, joined by "and" or "or".
const YEAR_ALONE = /^(?:in\s+|during\s+)?(?:19|20)\d\d$/i;

/**
 * The years of a list opening on `after[0]` ("in 2017 and 2018", "in 2016, 2017 or 2018"), each written alone and
 * joined by commas, "and" or "or", as one period of a figure before them; none when `after[0]` opens no such list.
 */
function joinedYears(text: string, after: FoundPeriod[]): FoundPeriod[] {
  const alone = (p: FoundPeriod) => YEAR_ALONE.test(text.slice(p.start, p.end).trim());
  const [first] = after;
  if (!first || !alone(first) || !/^\s+in\s+$/i.test(text.slice(first.start - 4, first.start))) return [];
  const list = [first];
  for (const next of after.slice(1)) {
    const gap = text.slice(list.at(-1)!.end, next.start);
    if (!alone(next) || !/^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(gap)) break;
    list.push(next);
    if (/\b(?:and|or)\s+$/.test(gap)) break;
  }
  if (list.length < 2 || !/\b(?:and|or)\s+$/.test(text.slice(list.at(-2)!.end, list.at(-1)!.start))) return [];
  // "… in 2017 and 2018, the government …": a comma after the last year may open the next clause, unless the next
  // item of a list of counts follows it ("…, eight victims identified in 2016").
  const rest = text.slice(list.at(-1)!.end);
  if (/^\s*(?:\(|-|–)/.test(rest) || (/^\s*,/.test(rest) && !NEXT_ITEM.test(rest))) return [];
  return list;
}

// "; 358 permanent residence permits", "; and 7 706 employment permits": an item of a list of counts.
const COUNT_ITEM = /^\s*(?:and\s+)?(?:about\s+|some\s+|over\s+|nearly\s+)?\d/i;
const OWN_VERB = /\b(?:were|was|are|is|had|have|has)\b/i;

/**
 * "approved 28 617 visas; 358 permanent residence permits; 6 682 study permits … during the same period": counts
 * listed between semicolons share the one period the last item names.
 */
function semicolonListPeriod(frame: SentenceFrame, end: number): Period | null {
  if (frame.text[end] !== ";") return null;
  const pieces = frame.text.slice(end + 1).split(";");
  // "; 186 were victims of sex trafficking …": an item with a verb of its own is a part, not a count of the list.
  if (!pieces.every((piece) => COUNT_ITEM.test(piece) && !OWN_VERB.test(piece))) return null;
  // A period in a bracket is a comparison's.
  const later = frame.periods.filter((p) => p.start > end && !enclosing(frame, p.start));
  const lastPiece = frame.text.length - pieces.at(-1)!.length;
  return later.length === 1 && later[0].start >= lastPiece ? later[0].period : null;
}

// "during 2017 and 2018", "over 2019 and 2020": a span a count ran through, unlike "in 2017 and 2018" (each year).
const THROUGH_LEAD = /\b(?:during|over|throughout|across)\s+$/i;

/** The span of two years in a row joined by "and" after "during" at `after[0]`, or null. */
function yearsRunThrough(text: string, after: FoundPeriod[]): Period | null {
  const [first, second] = after;
  if (!first || !second || !THROUGH_LEAD.test(text.slice(Math.max(0, first.start - 12), first.start))) return null;
  const bare = (p: FoundPeriod) => /^(?:19|20)\d\d$/.test(text.slice(p.start, p.end).trim());
  if (!bare(first) || !bare(second) || !/^\s+and\s+$/.test(text.slice(first.end, second.start))) return null;
  if (+second.period.start.slice(0, 4) !== +first.period.start.slice(0, 4) + 1) return null;
  return periodFromBounds(first.period.start, second.period.end);
}

// ", eight victims …", ", and 12 in 2015": the next item of a list of counts after a comma.
const NEXT_ITEM = new RegExp(String.raw`^\s*,\s*(?:and\s+)?(?:\d|(?:${NUMBER_WORD_SOURCE})\b)`, "i");

const NEXT_CLAUSE_LEAD =
  /^[^()]*?(?:,\s*|\s)(and|but|while|whilst|whereas)\s+(?:(?:in|during|for|by)\s+)?(?:the\s+)?$/i;
const CLAUSE_SUBJECT = /^\s*(?:,|(?:the|it|they|there|this|these|those|its|their)\b)/i;

/**
 * Whether the period `p` after the count at `at` opens the next coordinated clause ("…, and in 2016, …", "184 cases
 * while in 2021 the numbers went up to 347"): "while" and "whereas" always open one.
 */
function opensNextClause(text: string, at: number, p: FoundPeriod): boolean {
  const lead = NEXT_CLAUSE_LEAD.exec(text.slice(at, p.start));
  if (!lead) return false;
  const after = text.slice(p.end);
  return /^\s*,/.test(after) || (/^(?:while|whilst|whereas)$/i.test(lead[1]) && CLAUSE_SUBJECT.test(after));
}

const OTHER_COUNT = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|${NUMBER_WORD_SOURCE})(?![\p{L}\d])`,
  "iu"
);

/** Whether another count stands between the number at `at` and `to`, so that what stands at `to` may be its. */
function countBetween(text: string, at: number, to: number): boolean {
  const end = at + (/^[\p{L}\d]+(?:[.,]\d+)*/u.exec(text.slice(at))?.[0].length ?? 0);
  return end < to && OTHER_COUNT.test(text.slice(end, to));
}

// A period, then parts opened by "including" or "of whom" up to the count, with no other clause in between.
const PARTS_AFTER_PERIOD =
  /^\s*,?\s*(?:including|of\s+(?:whom|which|these|them)|among\s+(?:them|whom|these))\b[^;.()]*$/i;

// A relative clause on the count just read ("4,997, which is the lowest since …", "37,437 work permits in effect, which
// is up by 465 since March") opens no period of it.
const RELATIVE_ON_COUNT = /^[\d.,]+(?:\s+[^\s\d;:.()]+){0,8}?\s*,?\s+which\s+(?:is|was)\b/i;
// "120 individuals – the lowest since UNHCR started resettlement in Iran in 1999": a superlative "since" names the time the
// count is set against, not its own.
const SUPERLATIVE_SINCE =
  /\b(?:lowest|highest|largest|smallest|fewest|most|greatest|biggest|least|first\s+time)\b[^;.()]{0,40}?\bsince\b[^;.()]*$/i;

// "three traffickers convicted in 2020, the same as in 2019": the count is stated for the compared year too.
const SAME_AS =
  /^\s*,?\s*(?:the\s+same\s+(?:number\s+|figure\s+|total\s+)?as\s+|(?:unchanged|no\s+change)\s+from\s+|as\s+(?:it\s+was\s+)?)(?:in\s+|during\s+)?$/i;

/** The period a "the same as in <year>" after a count's own period names, with the count's value. */
function sameAsPeriod(frame: SentenceFrame, chosen: FoundPeriod): Period | null {
  const next = frame.periods.find((p) => p.start > chosen.end);
  if (!next || !SAME_AS.test(frame.text.slice(chosen.end, next.start))) return null;
  return /^\s*(?:[.;)]|$)/.test(frame.text.slice(next.end, next.end + 3)) ? next.period : null;
}

// Up to three words between an opening period and its count, besides a word of approximation ("they published more
// than"), a source set off by commas ("according to the bank,") and "a record" ("Guatemala received a record $3.61").
const OPENED_COUNT = new RegExp(
  String.raw`^\s*,?\s*(?:according\s+to\s+(?:\p{L}+\s+){1,4}?\p{L}+,\s*)?(?:\p{L}+\s+){0,3}(?:an?\s+(?:new\s+)?record\s+(?:high\s+(?:of\s+)?)?)?(?:(?:${alternation(APPROX_BEFORE)})\s+)?$`,
  "iu"
);
const OPENING_LEAD = /^\W*(?:in|during|over|throughout)\s+(?:the\s+)?$/i;
const OWN_LEAD = /^(?:in|during|over|throughout|within)\s[^,]*,?$/i;
const COUNT_WORD = "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const OPENS_WITH_COUNT = new RegExp(`^\\(\\s*${COUNT_WORD}\\s+[a-z]`, "i");
const COUNTS = new RegExp(`(?<![\\w,.])${COUNT_WORD}(?![\\w,])`, "gi");
const YEAR = /^(?:19|20)\d\d$/;

/** How many counts (not years) a span of text states. */
function countsIn(span: string): number {
  return [...span.matchAll(COUNTS)].filter((m) => !YEAR.test(m[0])).length;
}

/**
 * "212 were female and 91 were male (163 females and 18 males)" in a sentence whose other bracketed comparisons
 * all say "in 2016": a bracket restating the clause before it count for count, with no period of its own, is a
 * comparison of the same period. A bracket of fewer counts ("50 victims (20 women)") is a part, not a comparison.
 */
function parallelBracketPeriod(frame: SentenceFrame, paren: [number, number]): Period | null {
  const text = frame.text;
  const inside = text.slice(paren[0], paren[1] + 1);
  if (!OPENS_WITH_COUNT.test(inside) || periodsIn(frame, paren[0] + 1, paren[1], paren).length) return null;
  const clauseStart = Math.max(
    -1,
    ...frame.clauses.filter((c) => c < paren[0]),
    ...frame.parens.filter((p) => p[1] < paren[0]).map((p) => p[1])
  );
  const n = countsIn(inside);
  if (n < 2 || countsIn(text.slice(clauseStart + 1, paren[0])) !== n) return null;
  const dated = frame.parens
    .filter((p) => p[0] !== paren[0] && OPENS_WITH_COUNT.test(text.slice(p[0], p[1] + 1)))
    .flatMap((p) => periodsIn(frame, p[0] + 1, p[1], p).map((f) => f.period));
  return dated.length && dated.every((p) => p.label === dated[0].label) ? dated[0] : null;
}

/**
 * "interviewed 4,919 potential victims (4,500 in 2019)": the bracket right after a count compares it with
 * another period, so a period carried from an earlier sentence that the bracket names is not the count's own.
 */
export function bracketCompares(frame: SentenceFrame, at: number, period: Period | null): boolean {
  if (!period) return false;
  const open = /^\s*(?:[\p{L}-]+\s+){0,3}?\(/u.exec(frame.text.slice(at, at + 60));
  if (!open) return false;
  const paren = frame.parens.find((p) => p[0] === at + open[0].length - 1);
  return !!paren && periodsIn(frame, paren[0] + 1, paren[1], paren).some((p) => p.period.label === period.label);
}

// "since 2014", "since the start of 2020", "since 01 January 2021" (the first of a month is the month's start), "since June 1",
// "since (the) end of September", "since mid-September".
const SINCE = /since\s+(?:(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+|mid-?\s*)?(?:0?1(?:st)?\s+(?:of\s+)?)?$/i;
// Where in its month or year a span "since the end of" or "since mid-" one begins.
const SINCE_END = /\bend\s+of\s+$/i;
const SINCE_MIDDLE = /(?:\bmiddle\s+of\s+|\bmid-?\s*)$/i;

// "Since the start of the voluntary repatriation on 18 December 2017", "Since this project began in November 2018":
// "since" an event whose date follows it in the same clause.
const SINCE_EVENT = /\bsince\s+(?:the|this|that|its|their|our|his|her)\s[^,;.:()]{0,90}?(?:\s(?:in|on))?\s+$/i;

/** Whether the period at `start` is what a "since" before it counts from. */
function sinceBefore(text: string, start: number, end: number): boolean {
  // "Since the Refugee Act in 2013, when the number was 1,574": a when-clause counts at that time, not since.
  if (/^,?\s+when\b/i.test(text.slice(end, end + 8))) return false;
  return (
    SINCE.test(text.slice(Math.max(0, start - 30), start)) ||
    SINCE_EVENT.test(text.slice(Math.max(0, start - 110), start))
  );
}

/** The span the first "since …" of a sentence names ("prevented 17,600 entries since October"), or null. */
export function sinceSpanIn(text: string, periods: FoundPeriod[], documentDate: string | undefined): Period | null {
  const p = periods.find((f) => sinceBefore(text, f.start, f.end));
  return p ? since(text, p, documentDate) : null;
}

/** "since 2014" runs to the document's date. */
function since(text: string, p: FoundPeriod, documentDate: string | undefined): Period {
  if (!documentDate || !sinceBefore(text, p.start, p.end)) return p.period;
  const [y, m = "12", d] = documentDate.split("-");
  const end = `${y}-${m}-${d ?? String(new Date(Date.UTC(+y, +m, 0)).getUTCDate()).padStart(2, "0")}`;
  const lead = text.slice(Math.max(0, p.start - 20), p.start);
  const [from, to] = [p.period.start, p.period.end];
  const month = from.slice(0, 7) === to.slice(0, 7);
  const start = SINCE_END.test(lead)
    ? to
    : SINCE_MIDDLE.test(lead)
      ? `${from.slice(0, 4)}-${month ? `${from.slice(5, 7)}-15` : "07-01"}`
      : from;
  return end > start ? periodFromBounds(start, end) : p.period;
}

/**
 * Whether a document dated to a day reports on a week or a month or two that closed before it, within three months
 * (a factsheet on August issued on 13 September): its running totals reach the end of those months, not its day.
 */
function releasedAfter(documentDate: string, reporting: Period): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(documentDate) || /^\d{4}$/.test(reporting.label) || reporting.stock) return false;
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  // A quarter or half-year relayed later by the press runs on to the item's day; a week's or a month's release stops.
  return (
    days(reporting.start, reporting.end) < 62 &&
    days(reporting.end, documentDate) > 0 &&
    days(reporting.end, documentDate) <= 92
  );
}

/**
 * The day a "since 2014" count runs to: the document's date, or, when the document is dated only by its
 * year or month, the end of its reporting period if that falls within it (a statement of mid-December 2020) or,
 * for a year, closes the year before.
 */
export function sinceUntil(documentDate: string | undefined, reporting: Period | null): string | undefined {
  if (documentDate && reporting?.end && releasedAfter(documentDate, reporting)) return reporting.end;
  if (!documentDate || /^\d{4}-\d\d-\d\d$/.test(documentDate) || !reporting?.end) return documentDate;
  // An item dated by its year alone that reports on years ending the year before counts "since 2019" to their end.
  const yearBefore = /^\d{4}$/.test(documentDate) && reporting.end === `${Number(documentDate) - 1}-12-31`;
  return reporting.end.startsWith(documentDate) || yearBefore ? reporting.end : documentDate;
}

/**
 * A period that opens a sentence ("In 2017, ...", "During the first half of 2019, ...", "Earlier last year, ..."):
 * it frames what follows.
 */
// "RESETTLEMENT In 2020, …": a heading in capitals that a flattened text ran into the sentence opens no clause.
const CAPITAL_HEADING = /^(?:[A-Z][A-Z’'&-]+\s+){1,5}(?=[A-Z][a-z])/;

export function openingPeriod(frame: SentenceFrame, until?: string): Period | null {
  const first = frame.periods[0];
  const heading = CAPITAL_HEADING.exec(frame.text)?.[0].length ?? 0;
  if (!first || first.start - heading > 30 || first.start < heading) return null;
  const lead = frame.text.slice(heading, first.start);
  return /^(?:(?:and|also|further|furthermore|moreover|additionally|overall|in total|in all|as a result)[, ]+)?(?:(?:earlier|early|later|late)\s+)?(?:in|during|for|throughout|over|since(?:\s+(?:the\s+)?(?:beginning|start|end|middle)\s+of)?|as of|by|from|between|within|in the course of|at the end of)?\s*(?:the\s+(?:year|period|course of)\s+(?:of\s+)?)?$/i.test(
    lead
  )
    ? since(frame.text, first, until)
    : null;
}

// "Last year, this number amounted to almost 18 million": a sentence restating an earlier count for another period compares it.
const RESTATES = /\b(?:this|that)\s+(?:number|figure)\b/i;

/** Whether a sentence's opening period frames the sentences after it: a year or a quarter or more, and no running total "since 2014". */
// A figure in digits or words: a sentence that has one counted something.
const COUNTED =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/i;

export function framesFollowing(frame: SentenceFrame, opening: Period | null): opening is Period {
  const first = frame.periods[0];
  return Boolean(
    opening &&
    framesParagraph(opening) &&
    first &&
    !SINCE.test(frame.text.slice(0, first.start)) &&
    !SINCE_EVENT.test(frame.text.slice(0, first.start)) &&
    // "Last year's number can be ascribed to …": a possessive year speaks of one figure, it frames no sentences after it.
    !/^\s*['’´`]s\b/.test(frame.text.slice(first.end)) &&
    !RESTATES.test(frame.text) &&
    // "Yesterday, 59 refugees were resettled": the news of the day, not the period the item's later sentences speak of.
    first.pattern !== "deictic_day" &&
    // "On July 6, 2018, the Fund was established.": a day on which nothing was counted dates no sentence after it.
    !(first.pattern === "event_day" && !COUNTED.test(frame.text.slice(0, first.start) + frame.text.slice(first.end)))
  );
}
