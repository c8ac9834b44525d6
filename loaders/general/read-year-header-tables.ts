/**
 * Flattened tables under a header of years, as periodic reports to treaty bodies print them once a PDF
 * is taken to text: "Type of service 2016 2017 2018", then rows of a label and one figure per year
 * whose thousands are grouped by spaces ("Legal assistance rendered 2 169 2 357 3 465"), a row to a
 * line or all on one line, a long label sometimes broken over two lines. The figures of a row are split
 * into as many cells as the header has years by the digit-group rules of the seed tables
 * (tables/split-row.ts); a row that splits more than one plausible way ends the table.
 */
import {halfPeriod, yearPeriod} from "../periods/parse-period.js";
import {magnitudeSpread, splitTokens, tokenize, type Split, type Token} from "../tables/split-row.js";
import type {Period} from "../types.js";

export interface YearHeaderCell {
  value: number;
  period: Period;
  start: number;
  end: number;
}

export interface YearHeaderRow {
  /** The row's label as printed, its lines joined and a leading row number dropped. */
  label: string;
  cells: YearHeaderCell[];
  /** One figure under a header of several columns: its column is not printed (a stock on the last day, or none). */
  short?: boolean;
}

export interface YearHeaderTable {
  /** Raw offsets from the header to the last figure. */
  start: number;
  end: number;
  /** The words before the years on the header line and the line above it: what the table counts. */
  title: string;
  /** Money, shares or rates, said so by the title: the cells are no counts of people or documents. */
  notCounts: boolean;
  rows: YearHeaderRow[];
}

const YEAR = /^(?:19[5-9]\d|20[0-4]\d)$/;
const PERCENT = /^\d{1,3}(?:[.,]\d{1,2})?\s*%$/;
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/;
// "1st half of 2019", "first half of 2019", "January-June 2019" as the last column.
const HALF = /^(?:(?:1st|first)\s+half\s+(?:of\s+)?|h1\s+|january\s*[-–]\s*june\s+)((?:19[5-9]\d|20[0-4]\d))\b/i;
export const NOT_COUNTS =
  /\b(?:thousands?|millions?|billions?|usd|eur|dollars|euros?|manats?|rubles|roubles|per\s*cent|percent|percentage|share|rate|ratio|average)\b|%/i;
// A label is a short name; a sentence ending or a paragraph number followed by prose ends the table.
const MAX_LABEL_WORDS = 14;
// "Children under 18 …", "Law No. 126 …": a label that ends where a number belongs to it is no row label.
const OPEN_ENDED =
  /\b(?:under|over|above|below|aged?|than|to|from|no\.?|nos\.?|article|articles|law|paragraphs?|resolutions?|of|and|or|in|on|by|per|at|for|with|between)$/i;

interface Header {
  periods: Period[];
  start: number;
  end: number;
  title: string;
}

/** Headers: two or more years in a row, rising, optionally closed by a first half-year. */
function headersIn(tokens: Token[], raw: string): Header[] {
  const out: Header[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!YEAR.test(tokens[i].text) || (i > 0 && YEAR.test(tokens[i - 1].text))) continue;
    let j = i;
    while (j + 1 < tokens.length && YEAR.test(tokens[j + 1].text) && +tokens[j + 1].text > +tokens[j].text) j++;
    const periods = tokens.slice(i, j + 1).map((t) => yearPeriod(+t.text));
    let end = tokens[j].end;
    const half = HALF.exec(raw.slice(end).replace(/^[ \t]+/, ""));
    if (half && +half[1] > +tokens[j].text) {
      periods.push(halfPeriod(+half[1]));
      end = raw.indexOf(half[1], end) + 4;
    }
    if (periods.length < 2) continue;
    const lineStart = raw.lastIndexOf("\n", tokens[i].start - 1) + 1;
    // The line above, a paragraph or table number before it dropped ("10. Residence permits issued", "Table 3.").
    const above = (
      raw
        .slice(0, Math.max(0, lineStart - 1))
        .trimEnd()
        .split("\n")
        .at(-1) ?? ""
    ).replace(/^\s*(?:\d{1,3}\.|table\s+\d{1,2}\.?)\s*/i, "");
    // The words on the header line before the years, at most a label's length of them.
    const before = raw.slice(lineStart, tokens[i].start).trim().split(/\s+/).slice(-MAX_LABEL_WORDS).join(" ");
    const title = `${/\d/.test(above) ? "" : above.trim()} ${before}`.trim();
    out.push({periods, start: tokens[i].start, end, title});
  }
  return out;
}

/** Whether the header's years stand again from token k, as a table broken over pages repeats them. */
function repeatsHeader(tokens: Token[], k: number, periods: Period[]): boolean {
  return periods.every((p, n) => !p.partial && tokens[k + n]?.text === p.label);
}

/** The one plausible split of a row's figures into n cells, or null when there is none or several. */
function splitRow(figures: Token[], periods: Period[]): Split | null {
  const splits = splitTokens(figures, periods.length, {limit: 200});
  if (splits.length === 0) return null;
  if (splits.length === 1) return splits[0];
  // A half-year cell is scaled to a year before the magnitudes are compared.
  const scale = periods.map((p) => (p.partial ? 2 : 1));
  const ranked = splits.map((s) => ({s, spread: magnitudeSpread(s, scale)})).sort((a, b) => a.spread - b.spread);
  // The likeliest split must be of one magnitude and clearly likelier than the next ("100 200 300" in two is not).
  return ranked[0].spread < 0.6 && ranked[1].spread - ranked[0].spread > 0.5 ? ranked[0].s : null;
}

/** A row printed a cell to a line ("2 410 / 905"): its lines are its cells when there are as many as columns. */
function byLines(figures: Token[], raw: string, n: number): Split | null {
  const lines: Token[][] = [[]];
  figures.forEach((t, i) => {
    if (i > 0 && raw.slice(figures[i - 1].end, t.start).includes("\n")) lines.push([]);
    lines.at(-1)!.push(t);
  });
  if (n < 2 || lines.length !== n) return null;
  const cells = lines.map((line) => splitTokens(line, 1));
  return cells.every((c) => c.length === 1) ? cells.map((c) => c[0][0]) : null;
}

export interface RowOptions {
  /** Where a repeated header ends, when one stands at token i (tables broken over pages repeat it). */
  repeated?: (i: number) => number | null;
  /** A row of one figure under several columns is kept, marked short, instead of ending the table. */
  shortRows?: boolean;
}

/** The rows from token i on under a header of these periods, and where the last of them ends. */
export function readRowsUnder(
  tokens: Token[],
  raw: string,
  from: number,
  periods: Period[],
  options: RowOptions = {}
): {rows: YearHeaderRow[]; last: number} {
  const rows: YearHeaderRow[] = [];
  let last = -1;
  let i = from;
  while (i >= 0 && i < tokens.length) {
    const again = options.repeated?.(i) ?? null;
    if (again !== null) {
      i = tokens.findIndex((t) => t.start >= again);
      continue;
    }
    let j = i;
    while (j < tokens.length && !FIGURE.test(tokens[j].text) && !PERCENT.test(tokens[j].text)) j++;
    const labelTokens = tokens.slice(i, j);
    let k = j;
    while (k < tokens.length && FIGURE.test(tokens[k].text) && !repeatsHeader(tokens, k, periods)) k++;
    const label = labelTokens
      .map((t) => t.text)
      .join(" ")
      .replace(/^\d{1,2}\.\s*/, "")
      .replace(/\*+$/, "")
      .trim();
    if (!/\p{L}/u.test(label) || labelTokens.length > MAX_LABEL_WORDS || /[.;:,]$/.test(label)) break;
    if (OPEN_ENDED.test(label)) break;
    // A label runs on to the next line in lower case ("… stateless persons / arriving in the country"); a capital
    // there starts another label, as in a table whose labels all stand before its figures.
    if (
      labelTokens.some(
        (t, n) => n > 0 && /\n/.test(raw.slice(labelTokens[n - 1].end, t.start)) && /^\p{Lu}/u.test(t.text)
      )
    )
      break;
    // "Share of women 45% 47% 48%": a row of shares is passed over, its cells being no counts.
    const shares = tokens.slice(j, j + periods.length);
    if (shares.length === periods.length && shares.every((t) => PERCENT.test(t.text))) {
      last = shares.at(-1)!.end;
      i = j + periods.length;
      continue;
    }
    const split =
      k > j ? (byLines(tokens.slice(j, k), raw, periods.length) ?? splitRow(tokens.slice(j, k), periods)) : null;
    // "Pending cases 3863" under two columns: one figure, which the caller places or drops.
    const lone = !split && options.shortRows && k > j ? splitTokens(tokens.slice(j, k), 1) : [];
    const single = lone.length === 1 ? lone[0] : null;
    if (!split && !single) break;
    rows.push(
      split
        ? {label, cells: split.map((c, n) => ({value: c.value, period: periods[n], start: c.start, end: c.end}))}
        : {
            label,
            short: true,
            cells: single!.map((c) => ({value: c.value, period: periods.at(-1)!, start: c.start, end: c.end}))
          }
    );
    last = tokens[k - 1].end;
    i = k;
  }
  return {rows, last};
}

export function readYearHeaderTables(raw: string, start: number, end: number): YearHeaderTable[] {
  const tokens = tokenize(raw, start, end);
  const out: YearHeaderTable[] = [];
  for (const header of headersIn(tokens, raw)) {
    if (out.some((t) => header.start < t.end)) continue;
    // A repeated header line, as tables broken over pages print it, is passed over.
    const repeated = (i: number) =>
      headersIn(tokens.slice(i, i + header.periods.length + 6), raw).find(
        (h) => h.periods.length === header.periods.length && h.periods[0].label === header.periods[0].label
      )?.end ?? null;
    const from = tokens.findIndex((t) => t.start >= header.end);
    const {rows, last} = readRowsUnder(tokens, raw, from, header.periods, {repeated});
    // One row alone is a sentence with years in it, not a table.
    if (rows.length < 2) continue;
    out.push({start: header.start, end: last, title: header.title, notCounts: NOT_COUNTS.test(header.title), rows});
  }
  return out;
}
