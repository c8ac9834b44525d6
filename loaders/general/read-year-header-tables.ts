/**
 * Flattened tables under a header of years, as periodic reports to treaty bodies print them once a PDF
 * is taken to text: "Type of service 2016 2017 2018", then rows of a label and one figure per year
 * whose thousands are grouped by spaces ("Legal assistance rendered 2 169 2 357 3 465"), a row to a
 * line or all on one line, a long label sometimes broken over two lines. The figures of a row are split
 * into as many cells as the header has years by the digit-group rules of the seed tables
 * (tables/split-row.ts); a row that splits more than one plausible way ends the table.
 */
import {halfPeriod, periodFromBounds, yearPeriod} from "../periods/parse-period.js";
import {magnitudeSpread, splitTokens, tokenize, type Cell, type Split, type Token} from "../tables/split-row.js";
import type {Period} from "../types.js";
import {CHANGE_COLUMN_WORDS, PART_ROW_OPENERS, TOTAL_COLUMN_WORDS} from "../vocabulary/table-columns.js";
import {tableMoney, type TableMoney} from "./money-title.js";
import {alternation} from "./alternation.js";

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
  /** The percent change to the last column from the one before, under a header that has a change column. */
  change?: YearHeaderCell;
  /** The heading line above a group of rows ("Arrivals by"), which says what the group's rows count. */
  group?: string;
  /** A row that counts a part of the row above it ("of which cruise travellers"). */
  part?: boolean;
  /** An unlabelled row whose figures are the sums of its group's rows: the group's total. */
  total?: boolean;
}

export interface YearHeaderTable {
  /** Raw offsets from the header to the last figure. */
  start: number;
  end: number;
  /** The words before the years on the header line and the line above it: what the table counts. */
  title: string;
  /** Money, shares or rates, said so by the title: the cells are no counts of people or documents. */
  notCounts: boolean;
  /** The currency and scale the title gives its cells ("TOP $m"), which makes a table of money readable. */
  money?: TableMoney | null;
  rows: YearHeaderRow[];
}

const CHANGE_WORD = `(?:${alternation(CHANGE_COLUMN_WORDS)})`;
const PERCENT_WORD = String.raw`(?:%|per\s*cent|percent)`;
// What may close a header line after its years: a footnote mark, a column of the years' total, then a column of
// percent change ("2018 1 % Change", "2016 2017 2018 Total").
const HEADER_TAIL = new RegExp(
  String.raw`^[ \t]*(?:\(?[1-9]\)?|\*{1,3})?[ \t]*(?<total>(?:${alternation(TOTAL_COLUMN_WORDS)})[ \t]*)?(?:(?:${PERCENT_WORD}\s*${CHANGE_WORD}|${CHANGE_WORD}\s*\(?${PERCENT_WORD}\)?)[ \t]*)?(?=\n|$)`,
  "i"
);
const PART_OPENER = new RegExp(`^(?:${alternation(PART_ROW_OPENERS)}):?\\s+`, "i");
const HEADING = /^\p{L}[\p{L}\s'’()\/-]*:?$/u;
// A signed percent change: "+ 3.6", "-12.0", "+4,6 %"; the sign may stand apart from its figure.
const SIGN = /^[+\-–−]$/;
const CHANGE_FIGURE = /^[+\-–−]?\d{1,4}(?:[.,]\d{1,2})?%?$/;
// "Passenger traffic, 2017 and 2018": the years a title names are the header's, not what the table counts.
const TITLE_YEARS = /[,\s]*(?:(?:in|for|of|from)\s+)?(?:19|20)\d\d(?:\s*(?:and|to|[-–,])\s*(?:19|20)\d\d)*\s*$/i;

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
  /** The header closes with a column of percent change. */
  change: boolean;
  /** The footnote mark after its years ("2018 1"), whose note may follow the table. */
  note: string | null;
}

/** A header cell's year, a footnote mark glued to it dropped ("2019*"). */
function yearOf(t: Token): number | null {
  const m = /^(19[5-9]\d|20[0-4]\d)\*{0,3}$/.exec(t.text);
  return m ? +m[1] : null;
}

/** Headers: two or more years in a row, rising, optionally closed by a first half-year. */
function headersIn(tokens: Token[], raw: string): Header[] {
  const out: Header[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A year that rises from the year before it is inside that year's run ("… 2017 and 2018 / 2017 2018" starts two).
    const year = yearOf(tokens[i]);
    const prior = i > 0 ? yearOf(tokens[i - 1]) : null;
    if (year === null || (prior !== null && prior < year && !tokens[i - 1].text.endsWith("*"))) continue;
    let j = i;
    while (j + 1 < tokens.length && !tokens[j].text.endsWith("*") && (yearOf(tokens[j + 1]) ?? 0) > yearOf(tokens[j])!)
      j++;
    const periods = tokens.slice(i, j + 1).map((t) => yearPeriod(yearOf(t)!));
    let end = tokens[j].end;
    const half = HALF.exec(raw.slice(end).replace(/^[ \t]+/, ""));
    if (half && +half[1] > yearOf(tokens[j])!) {
      periods.push(halfPeriod(+half[1]));
      end = raw.indexOf(half[1], end) + 4;
    }
    if (periods.length < 2) continue;
    // A footnote mark and a change column after the years ("2017 2018 1 % Change") close the header line.
    const tail = HEADER_TAIL.exec(raw.slice(end));
    const change = Boolean(tail && /%|percent|per\s*cent/i.test(tail[0]));
    // A total column after the years counts all of them.
    if (tail?.groups?.total && !periods.some((p) => p.partial))
      periods.push(periodFromBounds(periods[0].start, periods.at(-1)!.end));
    const glued = /\*+$/.exec(tokens[j].text)?.[0] ?? null;
    const note = glued ?? (tail ? (/^[ \t]*\(?([1-9]|\*{1,3})\)?/.exec(tail[0])?.[1] ?? null) : null);
    if (tail && tail[0].trim()) end += tail[0].length;
    const lineStart = raw.lastIndexOf("\n", tokens[i].start - 1) + 1;
    // The line above, a paragraph or table number before it dropped ("10. Residence permits issued", "Table 3.").
    const above = (
      raw
        .slice(0, Math.max(0, lineStart - 1))
        .trimEnd()
        .split("\n")
        .at(-1) ?? ""
    )
      .replace(/^\s*(?:\d{1,3}\.|table\s+\d{1,2}\.?)\s*/i, "")
      .replace(TITLE_YEARS, "");
    // The words on the header line before the years, at most a label's length of them.
    const before = raw.slice(lineStart, tokens[i].start).trim().split(/\s+/).slice(-MAX_LABEL_WORDS).join(" ");
    const title = `${/\d/.test(above) ? "" : above.trim()} ${before}`.trim();
    out.push({periods, start: tokens[i].start, end, title, change, note});
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
  /** The header closes with a column of percent change, which a row may fill after its figures. */
  change?: boolean;
  /** Figures may be negative ("Net migration -15 -70 50"), as a table of balances prints them. */
  signed?: boolean;
}

/** Where a label's lines break before a capital: the lines before the last are a heading when there is one of them. */
function headingBreak(labelTokens: Token[], raw: string): number[] {
  return labelTokens
    .map((t, n) => (n > 0 && /\n/.test(raw.slice(labelTokens[n - 1].end, t.start)) && /^\p{Lu}/u.test(t.text) ? n : -1))
    .filter((n) => n > 0);
}

/** The percent change a row prints after its figures ("+ 3.6", "-12.0"), and the index after it, or null. */
function changeAfter(
  tokens: Token[],
  k: number,
  raw: string
): {value: number; start: number; end: number; next: number} | null {
  const sign = SIGN.test(tokens[k]?.text ?? "") ? tokens[k] : null;
  const figure = tokens[sign ? k + 1 : k];
  if (!figure || !CHANGE_FIGURE.test(figure.text) || (sign && /^[+\-–−]/.test(figure.text))) return null;
  // The change stands on its row's line.
  if (raw.slice(tokens[k - 1]?.end ?? figure.start, figure.start).includes("\n")) return null;
  const value = Number(figure.text.replace(/[+%]/g, "").replace(/[–−]/, "-").replace(",", "."));
  const negative = sign && sign.text !== "+";
  return {value: negative ? -value : value, start: (sign ?? figure).start, end: figure.end, next: sign ? k + 2 : k + 1};
}

/** Whether a row's cells are the sums of the rows of its group that are no parts of another. */
function sumsGroup(cells: Cell[], group: YearHeaderRow[]): boolean {
  const whole = group.filter((r) => !r.part && !r.short);
  if (whole.length < 2) return false;
  return cells.every((c, n) => {
    const sum = whole.reduce((a, r) => a + (r.cells[n]?.value ?? NaN), 0);
    return Math.abs(sum - c.value) <= whole.length;
  });
}

/** The rows from token i on under a header of these periods, and where the last of them ends. */
export function readRowsUnder(
  tokens: Token[],
  raw: string,
  from: number,
  periods: Period[],
  options: RowOptions = {}
): {rows: YearHeaderRow[]; last: number} {
  // A minus sign is set apart from its figure, which the digit-group rules then read; the cell takes it back.
  const negative = new Set<number>();
  if (options.signed)
    tokens = tokens.map((t) => {
      if (!/^[-–−]\d/.test(t.text)) return t;
      negative.add(t.start + 1);
      return {text: t.text.slice(1), start: t.start + 1, end: t.end};
    });
  const cellOf = (c: Cell, period: Period): YearHeaderCell =>
    negative.has(c.start)
      ? {value: -c.value, period, start: c.start - 1, end: c.end}
      : {value: c.value, period, start: c.start, end: c.end};
  const rows: YearHeaderRow[] = [];
  let last = -1;
  let i = from;
  let group: string | undefined;
  let groupFirst = 0;
  while (i >= 0 && i < tokens.length) {
    const again = options.repeated?.(i) ?? null;
    if (again !== null) {
      i = tokens.findIndex((t) => t.start >= again);
      continue;
    }
    let j = i;
    while (j < tokens.length && !FIGURE.test(tokens[j].text) && !PERCENT.test(tokens[j].text)) j++;
    let labelTokens = tokens.slice(i, j);
    let k = j;
    while (k < tokens.length && FIGURE.test(tokens[k].text) && !repeatsHeader(tokens, k, periods)) k++;
    // A row whose line holds all its cells beside its label ends there: figures on the next line are another row's.
    const wrap = tokens.slice(j + 1, k).findIndex((t, n) => raw.slice(tokens[j + n].end, t.start).includes("\n"));
    const besideLabel = k > j && (j === i || !raw.slice(tokens[j - 1].end, tokens[j].start).includes("\n"));
    if (wrap >= 0 && besideLabel && splitRow(tokens.slice(j, j + 1 + wrap), periods)) k = j + 1 + wrap;
    // "Arrivals by / Air 1,727,316 …": one short line above a row heads the rows after it.
    const breaks = headingBreak(labelTokens, raw);
    let heading: string | undefined;
    const words = labelTokens
      .slice(0, breaks[0])
      .map((t) => t.text)
      .join(" ");
    // A heading is a line of words of its own, no figure, sign or percent in it.
    const ownLine = i > 0 && /\n/.test(raw.slice(tokens[i - 1].end, tokens[i].start));
    if (breaks.length === 1 && breaks[0] <= 6 && ownLine && HEADING.test(words)) {
      heading = words.replace(/:$/, "");
      labelTokens = labelTokens.slice(breaks[0]);
    } else if (breaks.length) break;
    let label = labelTokens
      .map((t) => t.text)
      .join(" ")
      .replace(/^\d{1,2}\.\s*/, "")
      .replace(/\*+$/, "")
      // "CategoriesFootnote *": a web page's footnote link, glued to the label when the page is taken to text.
      .replace(/\s*Footnote\s*(?:\*+|\d{1,2})?$/, "")
      .trim();
    const part = PART_OPENER.test(label);
    label = label.replace(PART_OPENER, "");
    // A row of figures alone after a group of rows is that group's total when its figures are the group's sums.
    if (!labelTokens.length && !heading && k > j) {
      const figures = tokens.slice(j, k);
      const split = splitRow(figures, periods);
      const change = options.change && split ? changeAfter(tokens, k, raw) : null;
      if (!split || !sumsGroup(split, rows.slice(groupFirst))) break;
      rows.push({
        label: "Total",
        group,
        total: true,
        cells: split.map((c, n) => cellOf(c, periods[n])),
        ...(change
          ? {change: {value: change.value, period: periods.at(-1)!, start: change.start, end: change.end}}
          : {})
      });
      last = change ? change.end : tokens[k - 1].end;
      i = change ? change.next : k;
      group = undefined;
      groupFirst = rows.length;
      continue;
    }
    if (!/\p{L}/u.test(label) || labelTokens.length > MAX_LABEL_WORDS || /[.;:,]$/.test(label)) break;
    if (OPEN_ENDED.test(label) || (heading && OPEN_ENDED.test(heading) && !/\bby$/i.test(heading))) break;
    if (heading !== undefined) {
      group = heading;
      groupFirst = rows.length;
    }
    // "Share of women 45% 47% 48%": a row of shares is passed over, its cells being no counts.
    const shares = tokens.slice(j, j + periods.length);
    if (shares.length === periods.length && shares.every((t) => PERCENT.test(t.text))) {
      last = shares.at(-1)!.end;
      i = j + periods.length;
      continue;
    }
    let figures = tokens.slice(j, k);
    let change = options.change ? changeAfter(tokens, k, raw) : null;
    // An unsigned change ("Sea 53,705 71,997 34.1") is the row's last figure when it has a decimal point.
    if (options.change && !change && figures.length > periods.length && /[.,]\d{1,2}$/.test(figures.at(-1)!.text)) {
      change = changeAfter(tokens, k - 1, raw);
      if (change) figures = figures.slice(0, -1);
    }
    const split = figures.length > 0 ? (byLines(figures, raw, periods.length) ?? splitRow(figures, periods)) : null;
    // "Pending cases 3863" under two columns: one figure, which the caller places or drops.
    const lone = !split && options.shortRows && figures.length > 0 ? splitTokens(figures, 1) : [];
    const single = lone.length === 1 ? lone[0] : null;
    if (!split && !single) break;
    const cells = (split ?? single!).map((c, n) => cellOf(c, split ? periods[n] : periods.at(-1)!));
    rows.push({
      label,
      cells,
      ...(split ? {} : {short: true}),
      ...(group !== undefined ? {group} : {}),
      ...(part ? {part} : {}),
      ...(split && change
        ? {change: {value: change.value, period: periods.at(-1)!, start: change.start, end: change.end}}
        : {})
    });
    last = split && change ? change.end : figures.at(-1)!.end;
    i = split && change ? change.next : j + figures.length;
  }
  return {rows, last};
}

/** The length of the footnote a table's header marks when it follows the table ("1 Provisional"), else 0. */
function noteAfter(after: string, note: string | null): number {
  if (!note) return 0;
  const m = new RegExp(
    String.raw`^\s*\n[ \t]*\(?${note.replace(/\*/g, "\\*")}\)?[ \t]+\p{L}[^\n.]{0,80}\.?(?=\n|$)`,
    "u"
  ).exec(after);
  return m ? m[0].length : 0;
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
    const {rows, last} = readRowsUnder(tokens, raw, from, header.periods, {repeated, change: header.change});
    // One row alone is a sentence with years in it, not a table.
    if (rows.length < 2) continue;
    out.push({
      start: header.start,
      end: last + noteAfter(raw.slice(last), header.note),
      title: header.title,
      notCounts: NOT_COUNTS.test(header.title),
      money: tableMoney(header.title),
      rows
    });
  }
  return out;
}
