/**
 * Flattened tables whose rows open with a month or a quarter of a year, under a header line of column labels, as
 * agency releases print monthly figures: "UAC Family Members All", then "January 2016 3091 3,145 23,759". Each
 * cell is one figure of its row's month, named by its column. A table is read only when every row has as many
 * cells as the header has labels; a ragged table, or one with no header, says too little of its cells.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {MONTH_OR_ABBREVIATION, monthOfWord, monthPeriod, periodFromBounds} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {
  BREAKDOWN_COLUMN_WORDS,
  COLUMN_ABBREVIATIONS,
  PERIOD_COLUMN_WORDS,
  WHOLE_COLUMN_WORDS
} from "../vocabulary/table-columns.js";
import {alternation} from "./alternation.js";
import {lineRuns, sentenceAbove} from "./line-runs.js";
import {consecutiveMonths, shortMonthYear} from "./short-month-year.js";

export interface MonthRowCell {
  value: number;
  start: number;
  end: number;
}

export interface MonthRow {
  /** The row's month or quarter; null until the title gives a row with no year of its own its year. */
  period: Period | null;
  /** The first and last month (1–12) of the row. */
  months: [number, number];
  start: number;
  end: number;
  cells: MonthRowCell[];
}

export interface MonthRowTable {
  /** Raw offsets from the header line to the end of the last row. */
  start: number;
  end: number;
  /** The heading or lead sentence above the header, which says what the cells count. */
  title: string;
  labels: string[];
  /**
   * Whether each label's bounds are sure: printed apart, one word, or named again in the document. A label whose
   * words were grouped by their capitals alone ("Family Members" in "UAC Family Members All") may be split wrong.
   */
  confirmed: boolean[];
  rows: MonthRow[];
}

const YEAR = String.raw`((?:19|20)\d\d)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const CELLS = String.raw`((?:[ \t]+(?:${NUMBER}))+)`;
// "January 2016 3091 3,145", "Jan. 2016 …", "Q1 2016 …": a row's period, then its figures to the end of the line.
// The year may be left to the title ("January 1,204 388" under "Monthly arrivals in 2019").
const MONTH_ROW = new RegExp(String.raw`^[ \t]*(${MONTH_OR_ABBREVIATION}),?(?:[ \t]+${YEAR})?${CELLS}[ \t]*$`, "i");
const QUARTER_ROW = new RegExp(String.raw`^[ \t]*Q([1-4])(?:[ \t]+${YEAR})?${CELLS}[ \t]*$`, "i");
// The row of the months' sum, on the line right after the last month.
const TOTAL_ROW = new RegExp(
  String.raw`^[ \t]*\n[ \t]*((?:${alternation(WHOLE_COLUMN_WORDS)})(?:[ \t]+(?:19|20)\d\d)?)${CELLS}[ \t]*(?:\n|$)`,
  "i"
);
const TITLE_YEAR = /(?<![\d.,/-])(?:19|20)\d\d(?![\d.,/-])/g;
const PERIOD_WORD = new RegExp(`^(?:${alternation(PERIOD_COLUMN_WORDS)})\\s+`, "i");
const STANDALONE = new RegExp(`^(?:${alternation([...BREAKDOWN_COLUMN_WORDS, ...WHOLE_COLUMN_WORDS])})$`, "i");
const ACRONYM = /^[A-Z]{2,6}s?$/;

function rowOf(line: string, at: number): MonthRow | null {
  const month = MONTH_ROW.exec(line);
  const quarter = month ? null : QUARTER_ROW.exec(line);
  const m = month ?? quarter;
  if (!m) return null;
  const first = month ? monthOfWord(m[1]) : Number(m[1]) * 3 - 2;
  const months: [number, number] = [first, month ? first : first + 2];
  const period = m[2] ? monthPeriod(Number(m[2]), months[0], Number(m[2]), months[1]) : null;
  if (m[2] && !period) return null;
  const cells = cellsOf(m[3], at + m.index + m[0].lastIndexOf(m[3]));
  return cells && {period, months, start: at + line.indexOf(line.trim()), end: at + line.trimEnd().length, cells};
}

/** The figures of a row's cells, `at` the raw offset of the text that holds them. */
function cellsOf(text: string, at: number): MonthRowCell[] | null {
  const cells: MonthRowCell[] = [];
  for (const c of text.matchAll(new RegExp(NUMBER, "g"))) {
    const v = parseNumber(c[0]);
    if (!v) return null;
    cells.push({value: v.value, start: at + c.index!, end: at + c.index! + c[0].length});
  }
  return cells;
}

/**
 * How many cells a row has when its spaces may group thousands ("13 690 12 111" is two), or null when it cannot
 * ("3,145" or "3091" show how the table writes thousands).
 */
function spacedWidth(line: string): number | null {
  const tokens = line
    .trim()
    .split(/\s+/)
    .filter((t) => /^\d/.test(t) && !/^(?:19|20)\d\d$/.test(t));
  if (tokens.some((t) => !/^\d{1,3}$/.test(t))) return null;
  let width = 0;
  for (const [i, t] of tokens.entries()) if (!(i > 0 && t.length === 3 && tokens[i - 1].length <= 3)) width++;
  return width;
}

/**
 * A header line's column labels, when it splits into `width` of them: at tabs or runs of spaces, else one word a
 * label, else a label opening at each capital after a small letter ("Voluntary returns Forced returns Total"),
 * else runs of capitalised words with an abbreviation or a whole's word standing alone ("UAC Family Members All").
 */
export function headerLabels(line: string, width: number): string[] | null {
  return splitHeader(line, width)?.labels ?? null;
}

/** The header's labels, and whether their bounds were guessed from capitals rather than printed (tabs, wide gaps, one word each). */
function splitHeader(line: string, width: number): {labels: string[]; guessed: boolean} | null {
  const body = line.trim().replace(PERIOD_WORD, "");
  if (!body || /\d/.test(body) || /[.:;!?]$/.test(body)) return null;
  const words = body.split(/\s+/);
  const sentenceCase: string[] = [];
  const titleCase: string[] = [];
  let openTitle = false;
  for (const [n, w] of words.entries()) {
    const alone = ACRONYM.test(w) || STANDALONE.test(w);
    if (n === 0 || (/^\p{Lu}/u.test(w) && /\p{Ll}$/u.test(words[n - 1])) || alone || ACRONYM.test(words[n - 1]))
      sentenceCase.push(w);
    else sentenceCase[sentenceCase.length - 1] += ` ${w}`;
    if (alone || !openTitle || !/^\p{Lu}/u.test(w)) titleCase.push(w);
    else titleCase[titleCase.length - 1] += ` ${w}`;
    openTitle = !alone && /^\p{Lu}/u.test(w);
  }
  const spaced = body.split(/\t| {2,}/).map((p) => p.trim());
  const splits = [spaced, words, sentenceCase, titleCase];
  const found = splits.findIndex((labels) => labels.length === width);
  // Every label names a column: a lone small word ("and", "of") is a header read wrong.
  if (found < 0 || !splits[found].every((l) => /^[\p{Lu}\d(]/u.test(l) || /\p{L}{3}/u.test(l))) return null;
  return {labels: splits[found], guessed: found >= 2};
}

/** Whether the document names a label again outside its header, which confirms where a guessed label's words end. */
function namedElsewhere(label: string, document: string): boolean {
  const phrase = new RegExp(`(?<![\\p{L}])(?:${alternation([label])})(?![\\p{L}])`, "giu");
  return (document.match(phrase)?.length ?? 0) > 1;
}

/** What an abbreviated column stands for: the document's own capitalised words whose initials spell it, else the vocabulary's. */
export function expandAbbreviation(label: string, document: string): string {
  const bare = label.replace(/s$/, "");
  if (!/^[A-Z]{2,6}$/.test(bare)) return label;
  const words = String.raw`\p{Lu}[\p{L}'-]*`;
  const phrase = new RegExp(`(?<![\\p{L}])${[...bare].map((c) => `${c}[\\p{L}'-]*`).join("\\s+")}(?![\\p{L}])`, "u");
  const named = phrase.exec(document)?.[0];
  if (named && new RegExp(`^${words}(?:\\s+${words})*$`, "u").test(named)) return named.toLowerCase();
  return COLUMN_ABBREVIATIONS[label] ?? COLUMN_ABBREVIATIONS[bare] ?? label;
}

/** Rows with no year of their own take the one year the title names; false when they cannot (none, two, or mixed rows). */
function yearFromTitle(run: MonthRow[], title: string): boolean {
  if (run.every((r) => r.period)) return true;
  const years = new Set(title.match(TITLE_YEAR) ?? []);
  if (years.size !== 1 || run.some((r) => r.period)) return false;
  const year = Number([...years][0]);
  for (const r of run) r.period = monthPeriod(year, r.months[0], year, r.months[1]);
  return run.every((r) => r.period);
}

/**
 * The "Total" row right under months that follow each other ("Total 23,000 25,000"): the sum over the months the
 * rows cover, or null when there is none, its width differs, or the months skip some.
 */
function totalRow(raw: string, run: MonthRow[], end: number): MonthRow | null {
  const after = raw.slice(run.at(-1)!.end, end);
  const m = TOTAL_ROW.exec(after);
  if (!m) return null;
  const periods = run.map((r) => r.period!);
  if (periods.some((p, n) => n > 0 && Date.parse(p.start) - Date.parse(periods[n - 1].end) !== 86_400_000)) return null;
  const at = run.at(-1)!.end + m.index;
  const cells = cellsOf(m[2], at + m[0].indexOf(m[1]) + m[1].length);
  if (!cells || cells.length !== run[0].cells.length) return null;
  const [first, last] = [run[0].months[0], run.at(-1)!.months[1]];
  return {
    period: periodFromBounds(periods[0].start, periods.at(-1)!.end),
    months: [first, last],
    start: at + m[0].indexOf(m[1]),
    end: cells.at(-1)!.end,
    cells
  };
}

export function readMonthRowTables(raw: string, start: number, end: number): MonthRowTable[] {
  const out: MonthRowTable[] = [];
  // One row alone is a sentence that starts with a month, not a table.
  for (const {start: runStart, items: run} of lineRuns(raw, start, end, rowOf).filter((r) => r.items.length >= 2)) {
    // "Mar 16 / Feb 16 / Jan 16 / Dec 15": months of two-digit years heading columns, not rows of one figure each.
    const heads = run.map((r) => (r.cells.length === 1 ? shortMonthYear(raw.slice(r.start, r.end)) : null));
    if (heads.every((h) => h !== null) && consecutiveMonths(heads)) continue;
    const before = raw.slice(0, runStart).replace(/\s+$/, "");
    const headerStart = before.lastIndexOf("\n") + 1;
    const header = before.slice(headerStart);
    const width = run[0].cells.length;
    const split = run.every((r) => r.cells.length === width) ? splitHeader(header, width) : null;
    const labels = split?.labels;
    // "May 2020 1 204 3 500" under two labels could be four cells or two: a table read both ways is left alone.
    const grouped = run.map((r) => spacedWidth(raw.slice(r.start, r.end)));
    const ambiguous =
      grouped.every((w) => w !== null && w >= 2 && w !== width && w === grouped[0]) &&
      headerLabels(header, grouped[0]!);
    const title = sentenceAbove(raw, headerStart).sentence;
    if (!labels || ambiguous || !yearFromTitle(run, title)) continue;
    const total = totalRow(raw, run, end);
    const rows = total ? [...run, total] : run;
    out.push({
      start: headerStart + (header.length - header.trimStart().length),
      end: rows.at(-1)!.end,
      title,
      labels,
      confirmed: labels.map((l) => !split!.guessed || !/\s/.test(l) || namedElsewhere(l, raw)),
      rows
    });
  }
  return out;
}
