/**
 * Flattened tables whose columns break each row down by sex or age rather than by year, as statistics offices
 * print a quarter's or a year's figures: "Population, births, deaths and migration in the 1st quarter 2011",
 * then "Total Males Females", then rows of a label and one figure per column ("Immigration 1,200 620 580",
 * "Net migration -15 -70 50"). The rows are read as the year-header tables' are (read-year-header-tables.ts);
 * the period is the title's, or the reporting period.
 */
import {tokenize} from "../tables/split-row.js";
import type {Breakdown, Period} from "../types.js";
import {BREAKDOWN_COLUMN_WORDS, WHOLE_COLUMN_WORDS} from "../vocabulary/table-columns.js";
import {alternation} from "./alternation.js";
import {lastNounIn, qualifiersIn} from "./read-counted.js";
import {NOT_COUNTS, readRowsUnder, type YearHeaderRow} from "./read-year-header-tables.js";

export interface BreakdownHeaderTable {
  start: number;
  end: number;
  /** The line above the header: what the table counts, and when. */
  title: string;
  notCounts: boolean;
  /** What each column says of its cells; the whole's column says nothing. */
  columns: Breakdown[];
  rows: YearHeaderRow[];
}

const COLUMN = new RegExp(`(?<![\\p{L}])(?:${alternation(BREAKDOWN_COLUMN_WORDS)})(?![\\p{L}])`, "giu");
const WHOLE = new RegExp(`^(?:${alternation(WHOLE_COLUMN_WORDS)})$`, "i");

/** The breakdown a column header gives its cells: a sex, an age group, or none for the whole. */
function columnBreakdown(word: string): Breakdown {
  if (WHOLE.test(word)) return {};
  // "Girls" are female children; "Female" says the sex only.
  const implied = lastNounIn(word, 0, word.length)?.breakdown ?? qualifiersIn(word);
  return {
    ...(implied.sex ? {sex: implied.sex} : {}),
    ...(implied.age_group ? {age_group: implied.age_group} : {})
  };
}

/** A header line made only of column words, two or more of them and not all wholes: their breakdowns, else null. */
function headerColumns(line: string): Breakdown[] | null {
  const words = [...line.matchAll(COLUMN)].map((m) => m[0]);
  if (words.length < 2 || line.replace(COLUMN, "").trim() !== "") return null;
  const columns = words.map(columnBreakdown);
  if (!words.every((w, n) => WHOLE.test(w) || columns[n].sex || columns[n].age_group)) return null;
  const keys = columns.map((c) => JSON.stringify(c));
  return new Set(keys).size === keys.length && columns.some((c) => c.sex || c.age_group) ? columns : null;
}

export function readBreakdownHeaderTables(raw: string, start: number, end: number): BreakdownHeaderTable[] {
  const tokens = tokenize(raw, start, end);
  const out: BreakdownHeaderTable[] = [];
  let at = start;
  let above = "";
  for (const line of raw.slice(start, end).split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    const columns = headerColumns(line);
    if (!columns || out.some((t) => lineStart < t.end)) {
      above = line.trim();
      continue;
    }
    const headerEnd = lineStart + line.trimEnd().length;
    const from = tokens.findIndex((t) => t.start >= headerEnd);
    // The cells of a row share one period: the columns split the row, not time.
    const placeholder: Period = {label: "", start: "", end: "", partial: true, stock: false};
    const {rows, last} = readRowsUnder(
      tokens,
      raw,
      from,
      columns.map(() => placeholder),
      {signed: true}
    );
    // One row alone is a sentence, not a table.
    if (rows.filter((r) => !r.short).length < 2) continue;
    const title = /\p{L}/u.test(above) && !/[.;]$/.test(above) ? above : "";
    out.push({
      start: lineStart + line.indexOf(line.trim()),
      end: last,
      title,
      notCounts: NOT_COUNTS.test(title),
      columns,
      rows: rows.filter((r) => !r.short)
    });
  }
  return out;
}
