/**
 * Flattened tables printed one cell per line, as text taken from a PDF or word processor prints them:
 * the column labels first, then as many values ("Under 18 / 18 - 25 / Above 40 / 9 / 43 / 3"), or a
 * run of years, then rows of a label and one value per year ("2010 / 2011 / 1. / Assistance in return /
 * 134 / 185"). A run is read only when the number of values matches the number of labels exactly.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {yearPeriod} from "../periods/parse-period.js";
import type {Breakdown, Period} from "../types.js";
import {lastNounIn, qualifiersIn} from "./read-counted.js";

export interface LabelRunCell {
  value: number;
  start: number;
  end: number;
  /** What the cell's column or row says about it: an age group, a sex or a category. */
  breakdown: Breakdown;
  /** The year of its column, in a table of years. */
  period: Period | null;
}

export interface LabelRunTable {
  /** Raw offsets of the table, from its title (or first label) to its last value. */
  start: number;
  end: number;
  /** The lines before the labels that name what the table counts ("Category of complaint"), joined. */
  title: string;
  cells: LabelRunCell[];
}

interface Line {
  text: string;
  start: number;
  end: number;
  kind: "value" | "year" | "number" | "band" | "label" | "prose";
}

const VALUE = /^(?:\d{1,3}(?:[ ,\u00a0]\d{3})+|\d{1,6})$/;
const YEAR = /^(?:19[5-9]\d|20[0-4]\d)$/;
const ROW_NUMBER = /^\d{1,2}\.$/;
// Age bands: "Under 18", "18 - 25", "Above 40", "60+", "65 and over".
const BAND =
  /^(?:(?:under|below|less than|over|above|more than|older than|up to)\s+\d{1,2}(?:\s+years?)?|\d{1,2}\s*[-–]\s*\d{1,2}(?:\s+years?)?|\d{1,2}\s*\+|\d{1,2}\s+(?:and|or)\s+(?:over|above|older|more))$/i;
const SEX_LABEL = /^(?:men|women|male|female|males|females|boys|girls)$/i;

function classify(text: string): Line["kind"] {
  if (YEAR.test(text)) return "year";
  if (VALUE.test(text)) return "value";
  if (ROW_NUMBER.test(text)) return "number";
  if (BAND.test(text)) return "band";
  // A label is short and ends no sentence.
  if (/\p{L}/u.test(text) && text.length <= 90 && text.split(/\s+/).length <= 12 && !/[.:;]$/.test(text))
    return "label";
  return "prose";
}

function linesOf(raw: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  const text = raw.slice(start, end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const lead = m[0].indexOf(trimmed);
    const s = start + m.index + lead;
    out.push({text: trimmed.replace(/\s+/g, " "), start: s, end: s + trimmed.length, kind: classify(trimmed)});
  }
  return out;
}

/** What a column or row label says about its cells: an age group, a sex, or a category as printed. */
function labelBreakdown(line: Line): Breakdown {
  // The Total column or row is the whole the others break down.
  if (/^(?:\d{1,2}\.\s*)?(?:total|in total|all|overall|grand total)$/i.test(line.text)) return {};
  if (line.kind === "band") return {age_group: line.text.toLowerCase().replace(/\s*([-–])\s*/, "-")};
  if (SEX_LABEL.test(line.text)) {
    // "Girls" are female children, "Female" says the sex only.
    const implied = lastNounIn(line.text, 0, line.text.length)?.breakdown;
    if (implied?.sex) return {sex: implied.sex, ...(implied.age_group ? {age_group: implied.age_group} : {})};
    return {sex: qualifiersIn(line.text).sex};
  }
  return {category: line.text.replace(/^\d{1,2}\.\s*/, "").toLowerCase()};
}

const cell = (line: Line, breakdown: Breakdown, period: Period | null): LabelRunCell => ({
  value: parseNumber(line.text.replace(/\u00a0/g, " "))?.value ?? NaN,
  start: line.start,
  end: line.end,
  breakdown,
  period
});

/** The run of lines of one kind ending just before index `at` (exclusive), as a start index. */
function runStart(lines: Line[], at: number, kinds: Line["kind"][]): number {
  let i = at;
  while (i > 0 && kinds.includes(lines[i - 1].kind)) i--;
  return i;
}

/** Labels then as many values: "Under 18 / 18 - 25 / … / 9 / 43 / …". */
function labelsThenValues(lines: Line[], used: Set<number>): LabelRunTable[] {
  const out: LabelRunTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== "value" || used.has(i) || (i > 0 && lines[i - 1].kind === "value")) continue;
    let j = i;
    while (j < lines.length && lines[j].kind === "value") j++;
    const n = j - i;
    if (n < 2 || i === 0) continue;
    const kind = lines[i - 1].kind;
    if (kind !== "band" && kind !== "label") continue;
    const first = runStart(lines, i, [kind]);
    // Age bands are told from a title line by their form; plain labels only when the run is exactly as long.
    if (i - first !== n) continue;
    const labels = lines.slice(first, i);
    const titleStart = kind === "band" && first > 0 && lines[first - 1].kind === "label" ? first - 1 : first;
    out.push({
      start: lines[titleStart].start,
      end: lines[j - 1].end,
      title: titleStart < first ? lines[titleStart].text : "",
      cells: labels.map((label, k) => cell(lines[i + k], labelBreakdown(label), null))
    });
    for (let k = titleStart; k < j; k++) used.add(k);
  }
  return out;
}

/** Years, then rows of an optional number, a label and one value per year: "2010 / 2011 / 1. / Returns / 134 / 185". */
function yearsThenRows(lines: Line[], used: Set<number>): LabelRunTable[] {
  const out: LabelRunTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== "year" || (i > 0 && lines[i - 1].kind === "year")) continue;
    let j = i;
    while (j < lines.length && lines[j].kind === "year") j++;
    const years = lines.slice(i, j);
    const n = years.length;
    if (n < 2) continue;
    const cells: LabelRunCell[] = [];
    let at = j,
      rows = 0;
    for (;;) {
      let k = at;
      if (lines[k]?.kind === "number") k++;
      if (lines[k]?.kind !== "label") break;
      const values = lines.slice(k + 1, k + 1 + n);
      if (values.length !== n || values.some((v) => v.kind !== "value" && v.kind !== "year")) break;
      // A row with more values than years is no row of this table.
      if (lines[k + 1 + n]?.kind === "value") break;
      const breakdown = labelBreakdown(lines[k]);
      values.forEach((v, c) => cells.push(cell(v, breakdown, yearPeriod(Number(years[c].text)))));
      rows++;
      at = k + 1 + n;
    }
    if (rows < 2) continue;
    const titled = i > 0 && lines[i - 1].kind === "label" && !used.has(i - 1);
    out.push({
      start: lines[titled ? i - 1 : i].start,
      end: lines[at - 1].end,
      title: titled ? lines[i - 1].text : "",
      cells
    });
    for (let k = titled ? i - 1 : i; k < at; k++) used.add(k);
    i = at - 1;
  }
  return out;
}

export function readLabelRuns(raw: string, start: number, end: number): LabelRunTable[] {
  const lines = linesOf(raw, start, end);
  const used = new Set<number>();
  const tables = [...yearsThenRows(lines, used), ...labelsThenValues(lines, used)];
  return tables.filter((t) => t.cells.every((c) => Number.isFinite(c.value))).sort((a, b) => a.start - b.start);
}
