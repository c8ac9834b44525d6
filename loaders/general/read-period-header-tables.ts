/**
 * Flattened tables of agency releases whose columns are months, quarters or a running total rather than
 * years, each header cell on a line of its own as a web table is taken to text: "Total 2025", "February
 * 2025", then rows of a label and one figure per column ("Received applications / 1530 / 817"). A "Total"
 * column of a year runs from January to the latest month or quarter the other columns show. A row of one
 * figure under several columns is kept marked short (read-year-header-tables.ts reads the rows).
 */
import {
  MONTHS,
  lastDay,
  monthIndex,
  monthPeriod,
  pad,
  periodFromBounds,
  yearPeriod,
  monthOfWord
} from "../periods/parse-period.js";
import {tokenize} from "../tables/split-row.js";
import {CHANGE_COLUMN_WORDS} from "../vocabulary/table-columns.js";
import {alternation} from "./alternation.js";
import type {Period} from "../types.js";
import {NOT_COUNTS, readRowsUnder, type YearHeaderTable} from "./read-year-header-tables.js";
import {tableMoney} from "./money-title.js";
import {consecutiveMonths, SHORT_MONTH_YEAR_SOURCE, shortMonthYear, type ShortMonthYear} from "./short-month-year.js";

const YEAR = String.raw`(19[5-9]\d|20[0-4]\d)`;
// "Sept" before "Sep": releases abbreviate September both ways ("Jan-Sept 2023").
const MONTH = `(${MONTHS.join("|")}|sept|${MONTHS.map((m) => m.slice(0, 3)).join("|")})\\.?`;
const DASH = String.raw`\s*[-–—]\s*`;
const TOTAL = String.raw`(?:total|year[- ]to[- ]date|ytd|to\s+date|cumulative)`;
// One header cell, the whole of its line: "February 2025", "Jan–Feb 2025", "Q1 2025", "Total 2025", "2025 to date", "2024".
const CELL = [
  {kind: "month", re: new RegExp(`^${MONTH}(?:${DASH}${MONTH})?,?\\s+${YEAR}$`, "i")},
  {kind: "quarter", re: new RegExp(String.raw`^(?:q([1-4])\s+${YEAR}|${YEAR}\s*q([1-4]))$`, "i")},
  {kind: "total", re: new RegExp(`^(?:${TOTAL}\\s+${YEAR}|${YEAR}\\s+${TOTAL})$`, "i")},
  {kind: "year", re: new RegExp(`^${YEAR}$`)},
  // "31 Dec. 2023", "December 31, 2023": a column of stocks counted on that day.
  {kind: "day", re: new RegExp(String.raw`^(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}),?)\s+${YEAR}$`, "i")}
] as const;

type Kind = (typeof CELL)[number]["kind"];

interface Column {
  kind: Kind;
  /** A month with a two-digit year ("Mar 16"), a month only in a run of consecutive months. */
  short?: ShortMonthYear;
  period: Period | null;
  year: number;
  start: number;
  end: number;
}

function column(line: string, start: number): Column | null {
  const text = line.trim().replace(/\*+$/, "");
  for (const {kind, re} of CELL) {
    const m = re.exec(text);
    if (!m) continue;
    const end = start + line.trimEnd().length;
    if (kind === "month") {
      const year = +m[3];
      const period = monthPeriod(year, monthOfWord(m[1]), year, m[2] ? monthOfWord(m[2]) : monthOfWord(m[1]));
      return period ? {kind, period, year, start, end} : null;
    }
    if (kind === "quarter") {
      const [q, year] = m[1] ? [+m[1], +m[2]] : [+m[4], +m[3]];
      return {kind, period: monthPeriod(year, q * 3 - 2, year, q * 3), year, start, end};
    }
    if (kind === "day") {
      const [day, month, year] = m[1] ? [+m[1], monthOfWord(m[2]), +m[5]] : [+m[4], monthOfWord(m[3]), +m[5]];
      if (day < 1 || day > lastDay(year, month)) return null;
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      return {kind, period: periodFromBounds(iso, iso), year, start, end};
    }
    if (kind === "total") return {kind, period: null, year: +(m[1] ?? m[2]), start, end};
    return {kind, period: yearPeriod(+m[1]), year: +m[1], start, end};
  }
  const short = shortMonthYear(text);
  if (!short) return null;
  const period = monthPeriod(short.year, short.month);
  return period && {kind: "month", period, year: short.year, start, end: start + line.trimEnd().length, short};
}

// The cells again, to be found one after another along a line ("Total 2025 February 2025").
const STICKY = [
  ...CELL.map((c) => new RegExp(`${c.re.source.slice(1, -1)}(?=\\s|\\*|$)`, "iy")),
  new RegExp(`${SHORT_MONTH_YEAR_SOURCE}(?=\\s|\\*|$)`, "iy")
];

/** The header cells a line ends in, two or more, and the words before them; null when it ends in fewer. */
function lineColumns(line: string, lineStart: number): {title: string; columns: Column[]} | null {
  for (const word of line.matchAll(/\S+/g)) {
    const columns: Column[] = [];
    let at = word.index;
    while (at < line.length) {
      let best = "";
      for (const re of STICKY) {
        re.lastIndex = at;
        const m = re.exec(line);
        if (m && m[0].length > best.length) best = m[0];
      }
      const c = best ? column(best, lineStart + at) : null;
      if (!c) break;
      columns.push(c);
      at += best.length;
      at += /^\**\s*/.exec(line.slice(at))![0].length;
    }
    const title = line.slice(0, word.index).trim();
    if (at >= line.trimEnd().length && columns.length >= 2 && !/\d/.test(title)) return {title, columns};
    if (columns.length) return null;
  }
  return null;
}

/** A year's total runs to the end of the latest month or quarter of that year the header shows, else the whole year. */
function totalPeriod(year: number, columns: Column[]): Period {
  const ends = columns
    .filter((c) => c.period && c.kind !== "year" && c.year === year)
    .map((c) => c.period!.end)
    .sort();
  return ends.length ? periodFromBounds(`${year}-01-01`, ends.at(-1)!) : yearPeriod(year);
}

/** The first column to the last, when a change column names their years ("Change 2023-2025"). */
function spanNamed(years: [number, number] | null, periods: Period[]): Period | null {
  if (!years) return null;
  const [first, last] = [periods[0], periods.at(-1)!];
  if (+first.start.slice(0, 4) !== years[0] || +last.end.slice(0, 4) !== years[1]) return null;
  return periodFromBounds(first.start, last.end);
}

interface Header {
  periods: Period[];
  start: number;
  end: number;
  title: string;
  /** The columns close with one of percent change ("Change 2023-2025 (%)"), which a row fills after its figures. */
  change: boolean;
  /** The span the change column names, from the first column to the last ("Change 2023-2025"), else null. */
  changeSpan: Period | null;
}

// A change column's header cell, a line of its own: "Change 2023-2025 (%)", "% change", "Variation (%)".
const CHANGE_CELL = new RegExp(
  String.raw`^(?:%\s*)?(?:${alternation(CHANGE_COLUMN_WORDS)})(?:\s+(\d{4})\s*[-–/]\s*(\d{4}))?\s*(?:\(?%\)?)?$`,
  "i"
);

/** Runs of two or more header lines (blank lines between them allowed), at least one naming less than a year. */
function headersIn(raw: string, start: number, end: number): Header[] {
  const out: Header[] = [];
  let run: Column[] = [];
  let title = "";
  let lastText = "";
  let change: {end: number; years: [number, number] | null} | null = null;
  const close = () => {
    // "Mar 16 / Feb 16": months of a two-digit year head the columns only when they run month by month.
    const shorts = run.filter((c) => c.short).map((c) => c.short!);
    if (shorts.length && (shorts.length < run.length || !consecutiveMonths(shorts))) run = [];
    if (run.length >= 2 && run.some((c) => c.kind !== "year")) {
      const periods = run.map((c) => c.period ?? totalPeriod(c.year, run));
      if (new Set(periods.map((p) => p.label)).size === periods.length)
        out.push({
          periods,
          start: run[0].start,
          end: change?.end ?? run.at(-1)!.end,
          title,
          change: Boolean(change),
          changeSpan: spanNamed(change?.years ?? null, periods)
        });
    }
    run = [];
    change = null;
  };
  let at = start;
  for (const line of raw.slice(start, end).split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    const c = column(line, lineStart + (line.length - line.trimStart().length));
    if (c) {
      if (!run.length) title = /\d/.test(lastText) ? "" : lastText;
      run.push(c);
      continue;
    }
    const named: RegExpExecArray | null = run.length >= 2 && !change ? CHANGE_CELL.exec(line.trim()) : null;
    if (named) {
      change = {end: lineStart + line.trimEnd().length, years: named[1] ? [+named[1], +named[2]] : null};
      continue;
    }
    close();
    // "Total 2025 February 2025", "Indicator Q1 2024 Q2 2024": the header's cells on one line.
    const one = lineColumns(line, lineStart);
    if (one) {
      title = one.title || (/\d/.test(lastText) ? "" : lastText);
      run = one.columns;
      close();
    }
    lastText = line.trim();
  }
  close();
  return out;
}

export function readPeriodHeaderTables(raw: string, start: number, end: number): YearHeaderTable[] {
  const tokens = tokenize(raw, start, end);
  const out: YearHeaderTable[] = [];
  for (const header of headersIn(raw, start, end)) {
    const from = tokens.findIndex((t) => t.start >= header.end);
    const {rows, last} = readRowsUnder(tokens, raw, from, header.periods, {
      shortRows: true,
      change: header.change
    });
    // One row alone is a sentence with dates in it, not a table.
    if (rows.filter((r) => !r.short).length < 2) continue;
    const span = header.changeSpan;
    if (span) for (const row of rows) if (row.change) row.change.period = span;
    out.push({
      start: header.start,
      end: last,
      title: header.title,
      notCounts: NOT_COUNTS.test(header.title),
      money: tableMoney(header.title),
      rows
    });
  }
  return out;
}
