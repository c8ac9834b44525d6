/**
 * Government years: "in the 2024/25 financial year", "in 2020/21", "2017-18", "FY2019", "the last financial
 * year", "over the past five financial years". Which months they cover is read from the reporting state's
 * calendar (vocabulary/fiscal-years); with no known calendar the label is kept and marked as unresolved.
 */
import type {Period} from "../types.js";
import {FISCAL_MARKERS, FISCAL_YEARS, OTHER_SPLIT_YEARS, type FiscalCalendar} from "../vocabulary/fiscal-years.js";
import {YEAR_BEFORE_PHRASES} from "../vocabulary/period-words.js";
import {alternation} from "../general/alternation.js";
import {
  lastDayOf,
  MONTH_OR_ABBREVIATION,
  monthOfWord,
  pad,
  periodFromBounds,
  type FoundPeriod
} from "./parse-period.js";

/** The pattern of a government year read with its state's calendar. */
export const FISCAL_YEAR = "fiscal_year";
/** The pattern of a government year whose state's calendar is not known: its bounds are a guess. */
export const UNRESOLVED_FISCAL_YEAR = "fiscal_year_unresolved";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const short = (y: number) => pad(y % 100);

/** The state's calendar, or null when its government year is not known. */
export function fiscalCalendar(state: string | undefined): FiscalCalendar | null {
  return (state && FISCAL_YEARS[state.toUpperCase()]) || null;
}

const opens = (cal: FiscalCalendar, y: number) => `${y}-${pad(cal.month)}-${pad(cal.day)}`;
const dayBefore = (date: string) => iso(new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000));

/** The government years opening in `first` through `last` as one period ("2013/14-2017/18"). */
export function fiscalYears(cal: FiscalCalendar, first: number, last = first): Period {
  const start = opens(cal, first);
  const end = dayBefore(opens(cal, last + 1));
  const calendar = cal.month === 1 && cal.day === 1;
  const one = (y: number) => (calendar ? String(y) : `${y}/${short(y + 1)}`);
  return {label: first === last ? one(first) : `${one(first)}-${one(last)}`, start, end, partial: false, stock: false};
}

/** The year (as the calendar year it opens in) of the government year holding a date ("2019-02" → 2018 in Australia). */
export function fiscalYearHolding(cal: FiscalCalendar, date: string): number {
  const y = Number(date.slice(0, 4));
  // A document dated by its month is read on the month's first day; one dated by its year, on its last.
  const day = date.length >= 10 ? date.slice(0, 10) : date.length === 7 ? `${date}-01` : `${y}-12-31`;
  return day >= opens(cal, y) ? y : y - 1;
}

const UNRESOLVED = new WeakSet<Period>();

/** Whether a period is a government year of an unknown calendar, whose bounds are only the calendar years it touches. */
export const isUnresolvedFiscal = (p: Period) => UNRESOLVED.has(p);

/** A span of calendar years standing in for a government year of an unknown calendar: kept as stated, not resolved. */
function unresolved(label: string, first: number, last: number): Period {
  const p = {label, start: `${first}-01-01`, end: `${last}-12-31`, partial: false, stock: false};
  UNRESOLVED.add(p);
  return p;
}

const Y = String.raw`((?:19|20)\d\d)`;
const TAIL = String.raw`(\d\d(?:\d\d)?)`;
const SEP = String.raw`\s*[/–—-]\s*`;
const MARKER = `(?:${FISCAL_MARKERS.map((m) => m.replace(/ /g, String.raw`\s+`)).join("|")})`;
const OTHER = new RegExp(String.raw`\b(?:${OTHER_SPLIT_YEARS.join("|")})`, "i");
// "the 2024/25 financial year", "2019 fiscal year"
const BEFORE_MARKER = new RegExp(String.raw`(?<![\w/.-])${Y}(?:${SEP}${TAIL})?(?![\w/]|[.,]\d)\s+${MARKER}s?\b`, "gi");
// "financial year 2019-20", "Fiscal Year of 2018", "fiscal year (FY) 2020", "FY2019", "FY 2019/20", "FY19": the
// marker in any case, as headings capitalise it.
const AFTER_MARKER = new RegExp(
  String.raw`\b(?:${MARKER}s?\s+(?:\(FY\)\s+)?(?:of\s+)?|FY\s?)(?:${Y}|(\d\d)(?![\d/]))(?:${SEP}${TAIL})?(?![\w/]|[.,]\d)`,
  "gi"
);
// "in 2020/21", "in 2017-18": a year split across two calendar years, the second written short.
const SPLIT = new RegExp(String.raw`(?<![\w/.-])${Y}${SEP}${TAIL}(?![\w/]|[.,]\d|-\d)`, "g");
const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const RELATIVE = new RegExp(
  String.raw`\b(?:the\s+)?(last|previous|past|preceding|prior|this|current|present)\s+(?:(\d|${NUMBER_WORDS.join("|")})\s+)?(?:financial|fiscal|budget)\s+(years?)\b`,
  "gi"
);
// "the Immigration Act 1959/63": a law's years, not a period.
const LAW_BEFORE = /\b(?:Act|Law|Code|Decree|Ordinance|Regulations?|No\.?)\s*$/i;

// "Jul-Oct FY21", "July to October of FY2021": a span of months named by the government year it is part of.
const MONTHS_OF_YEAR = new RegExp(
  String.raw`\b(${MONTH_OR_ABBREVIATION})\s*(?:[–—-]|\s+to\s+|\s+through\s+)\s*(${MONTH_OR_ABBREVIATION}),?\s+(?:of\s+)?FY\s?(?:((?:19|20)\d\d)|(\d\d))(?![\d/])`,
  "gi"
);

// "the first half of ", "the last quarter of ", "the first nine months of ": a part of the year named next.
const PART_OF_YEAR =
  /\b(?:the\s+)?(first|second|third|fourth|last)\s+(half|quarter|(?:three|six|nine)\s+months)\s+of\s+(?:the\s+)?$/i;
const ORDINALS: Record<string, number> = {first: 1, second: 2, third: 3, fourth: 4};
const PART_MONTHS: Record<string, number> = {half: 6, quarter: 3, three: 3, six: 6, nine: 9};

/** The months of a government year that a part of it names ("second half": its seventh to twelfth month). */
function partOfYear(year: Period, which: string, part: string): Period | null {
  const size = PART_MONTHS[part.split(/\s+/)[0]];
  // "the first nine months" only opens the year; "the last quarter" is its fourth.
  const n = /months$/.test(part) ? (which === "first" ? 1 : NaN) : which === "last" ? 12 / size : ORDINALS[which];
  const [from, to] = [size * (n - 1), size * n];
  if (!(to > from) || to > 12) return null;
  const month = (k: number) => {
    const d = new Date(`${year.start}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + k);
    return d.toISOString().slice(0, 10);
  };
  const end = new Date(`${month(to)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return periodFromBounds(month(from), end.toISOString().slice(0, 10));
}

/** The calendar year a two- or four-digit tail closes, when it is the year after `first`. */
function closes(first: number, tail: string | undefined): number | null {
  if (tail === undefined) return null;
  const y =
    tail.length === 4 ? Number(tail) : first - (first % 100) + Number(tail) + (Number(tail) < first % 100 ? 100 : 0);
  return y === first + 1 ? y : NaN;
}

const SO_FAR = /(?:so\s+far|thus\s+far|to\s+date)\s+(?:in\s+)?\||\|\s*(?:so\s+far|thus\s+far|to\s+date)\b/i;
// "in the current financial year to the end of December": the year under way up to a month's last day.
const TO_MONTH_END = new RegExp(
  String.raw`^\s+(?:to|until|till|up\s+to|through)\s+(?:the\s+)?end\s+of\s+(${MONTH_OR_ABBREVIATION})\b(?!\s*,?\s*(?:19|20)\d\d)`,
  "i"
);

/** The part of a government year from its opening to the end of the month named after it, or null. */
function toMonthEnd(year: Period, after: string): Period | null {
  const m = TO_MONTH_END.exec(after);
  if (!m) return null;
  const month = monthOfWord(m[1]);
  const startYear = Number(year.start.slice(0, 4));
  const y = month >= Number(year.start.slice(5, 7)) ? startYear : startYear + 1;
  const end = lastDayOf(`${y}-${pad(month)}`);
  return end <= year.end ? periodFromBounds(year.start, end) : null;
}

/** The government years a sentence names, each with its offsets; bare split years only in states with a known calendar. */
export function findFiscalYears(text: string, state: string | undefined, documentDate?: string): FoundPeriod[] {
  const cal = fiscalCalendar(state);
  const out: FoundPeriod[] = [];
  const push = (start: number, end: number, period: Period | null, resolved: boolean) => {
    if (period && !out.some((o) => o.start < end && start < o.end))
      out.push({period, start, end, pattern: resolved ? FISCAL_YEAR : UNRESOLVED_FISCAL_YEAR});
  };
  // A split year of a calendar-year state or of no known calendar keeps its label as written ("2006/2007").
  const split = (first: number, tail: string, start: number, end: number) => {
    const known = cal && !(cal.month === 1 && cal.day === 1);
    push(start, end, known ? fiscalYears(cal, first) : unresolved(`${first}/${tail}`, first, first + 1), !!known);
  };
  // A year named alone ("FY2019") is the year it ends in, or opens in where the state names it so.
  const named = (first: number, tail: string | undefined, start: number, end: number) => {
    const last = closes(first, tail);
    if (Number.isNaN(last)) return;
    if (last !== null) split(first, tail!, start, end);
    else if (cal) push(start, end, fiscalYears(cal, cal.namedBy === "end" && cal.month > 1 ? first - 1 : first), true);
    else push(start, end, unresolved(`FY${first}`, first, first), false);
  };
  const hasMarker = /fiscal|financial|budget|FY/i.test(text);
  // "Jul-Oct FY21": months of a government year fall in the calendar year of that year's part they belong to.
  if (hasMarker && cal)
    for (const m of text.matchAll(MONTHS_OF_YEAR)) {
      const fy = fiscalYears(cal, Number(m[3] ?? `20${m[4]}`) - (cal.namedBy === "end" && cal.month > 1 ? 1 : 0));
      const opens = Number(fy.start.slice(0, 4));
      const [from, to] = [monthOfWord(m[1]), monthOfWord(m[2])];
      const yearOf = (month: number) => (month >= cal.month ? opens : opens + 1);
      const start = `${yearOf(from)}-${pad(from)}-01`;
      const end = lastDayOf(`${yearOf(to)}-${pad(to)}`);
      if (start <= end) push(m.index!, m.index! + m[0].length, periodFromBounds(start, end), true);
    }
  // "the first half of the 2022-23 fiscal year", "the second quarter of FY2021": a part of one government year.
  if (hasMarker && cal)
    for (const re of [BEFORE_MARKER, AFTER_MARKER]) {
      for (const m of text.matchAll(re)) {
        const part = PART_OF_YEAR.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
        if (!part) continue;
        const first = re === BEFORE_MARKER ? Number(m[1]) : m[1] ? Number(m[1]) : 2000 + Number(m[2]);
        const tail = re === BEFORE_MARKER ? m[2] : m[3];
        const last = closes(first, tail);
        if (Number.isNaN(last)) continue;
        const opens = last !== null ? first : cal.namedBy === "end" && cal.month > 1 ? first - 1 : first;
        const span = partOfYear(fiscalYears(cal, opens), part[1].toLowerCase(), part[2].toLowerCase());
        if (span) push(m.index! - part[0].length, m.index! + m[0].length, span, true);
      }
    }
  if (hasMarker) {
    for (const m of text.matchAll(BEFORE_MARKER)) named(Number(m[1]), m[2], m.index!, m.index! + m[0].length);
    for (const m of text.matchAll(AFTER_MARKER)) {
      const first = m[1] ? Number(m[1]) : 2000 + Number(m[2]);
      named(first, m[3], m.index!, m.index! + m[0].length);
    }
  }
  for (const m of text.matchAll(SPLIT)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const first = Number(m[1]);
    const last = closes(first, m[2]);
    // "2019-2020" with a dash is two calendar years unless a marker says otherwise (read above).
    if (last === null || Number.isNaN(last) || (m[2].length === 4 && !m[0].includes("/"))) continue;
    if (LAW_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const near = text.slice(Math.max(0, start - 25), end + 25);
    if (OTHER.test(near)) continue;
    split(first, m[2], start, end);
  }
  if (hasMarker && documentDate)
    for (const m of text.matchAll(RELATIVE)) {
      const which = m[1].toLowerCase();
      const count = m[2] ? (/\d/.test(m[2]) ? Number(m[2]) : NUMBER_WORDS.indexOf(m[2].toLowerCase()) + 2) : 1;
      if (count > 1 !== /s$/i.test(m[3])) continue;
      const [start, end] = [m.index!, m.index! + m[0].length];
      const docYear = Number(documentDate.slice(0, 4));
      const current = cal ? fiscalYearHolding(cal, documentDate) : docYear;
      // "this financial year" is the one under way; "the last/past five financial years" are the ones completed.
      const last = /^(?:this|current|present)$/.test(which) ? current : current - 1;
      const first = last - count + 1;
      const whole = cal ? fiscalYears(cal, first, last) : null;
      // "so far this financial year", "this fiscal year to date": the year under way up to the item's date.
      const toDate =
        whole &&
        last === current &&
        SO_FAR.test(`${text.slice(Math.max(0, start - 16), start)}|${text.slice(end, end + 12)}`)
          ? periodFromBounds(whole.start, lastDayOf(documentDate))
          : null;
      const toMonth = whole && last === current ? toMonthEnd(whole, text.slice(end, end + 40)) : null;
      push(start, end, toMonth ?? toDate ?? whole ?? unresolved(m[0], first, last), !!cal);
    }
  return out.sort((a, b) => a.start - b.start);
}

// "the previous year's 39,672", "compared to almost 3000 the year before", "up from 10 per cent last year".
const YEAR_BEFORE = new RegExp(
  String.raw`\b(?:${alternation([...YEAR_BEFORE_PHRASES, "the prior year"])}|(last)\s+year)\b`,
  "gi"
);

/**
 * "the year before" in a sentence that named a government year before it is the government year before that one;
 * in a document that reports on one government year, "the previous year" (not "last year", which is counted
 * from the document's date) is the one before it.
 */
export function fiscalYearBefore(
  text: string,
  fiscal: FoundPeriod[],
  reporting: Period | null,
  state: string | undefined
): FoundPeriod[] {
  const cal = fiscalCalendar(state);
  if (!cal || (cal.month === 1 && cal.day === 1) || !/year/i.test(text)) return [];
  const oneYear = (p: Period) =>
    p.start.slice(5) === opens(cal, 2000).slice(5) && p.end === fiscalYears(cal, +p.start.slice(0, 4)).end;
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(YEAR_BEFORE)) {
    const named = fiscal.filter((f) => f.pattern === FISCAL_YEAR && f.end <= m.index! && oneYear(f.period)).at(-1);
    const base = named?.period ?? (!m[1] && reporting && oneYear(reporting) ? reporting : null);
    if (base)
      out.push({
        period: fiscalYears(cal, Number(base.start.slice(0, 4)) - 1),
        start: m.index!,
        end: m.index! + m[0].length,
        pattern: FISCAL_YEAR
      });
  }
  return out;
}
