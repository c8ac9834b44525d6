/**
 * Flattened tables whose first column holds the year and whose cells stand one per line or between
 * bars, as HTML and PDF tables come out as text: a header "Year | Number of applications | Average per
 * month", then rows of a year and one value per column ("2003 | 11 268 | 939"). A row dated to a day of
 * a year the other rows count whole ("31 August 2004") counts that year up to the day. A run is read
 * only under a "Year" header and only when every row has exactly as many values as there are labels.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {MONTHS, monthIndex, periodFromBounds, yearPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import type {YearRowCell} from "./read-year-rows.js";

interface Cell {
  text: string;
  start: number;
  end: number;
}

const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
// A footnote mark glued to a row's year or date: "2004a", "2004*", "2004 (b)".
const NOTE = String.raw`(?:[a-e*]|\s*\([a-e1-9]\))?`;
const YEAR_CELL = new RegExp(`^(${YEAR})${NOTE}$`);
const DAY_CELL = new RegExp(
  `^(?:(?:as\\s+(?:of|at)|on|to|until|by|up\\s+to)\\s+)?(?:(\\d{1,2})\\s+(${MONTHS.join("|")})|(${MONTHS.join("|")})\\s+(\\d{1,2}),?)\\s+(${YEAR})${NOTE}$`,
  "i"
);
const HEADER = /^(?:years?|period|reporting\s+period)$/i;
const VALUE = /^(?:\d{1,3}(?:[ ,\u00a0]\d{3})+|\d{1,7})(?:\.\d{1,2})?$/;
const LABEL = /^(?=.*\p{L})[^|]{1,80}$/u;

/** The cells of a text: each line, split at bars, trimmed, with raw offsets. */
function cellsOf(raw: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  const re = /[^\n|]+/g;
  const text = raw.slice(start, end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const s = start + m.index + m[0].indexOf(trimmed);
    out.push({text: trimmed.replace(/\s+/g, " "), start: s, end: s + trimmed.length});
  }
  return out;
}

/** A row's period: its year, or a day of a year counted from that year's first day; null when it is neither. */
function rowPeriod(text: string): {period: Period; whole: boolean} | null {
  const y = YEAR_CELL.exec(text);
  if (y) return {period: yearPeriod(Number(y[1])), whole: true};
  const d = DAY_CELL.exec(text);
  if (!d) return null;
  const [day, month, year] = d[1] ? [+d[1], monthIndex(d[2]), +d[5]] : [+d[4], monthIndex(d[3]), +d[5]];
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== day || iso.endsWith("-01-01")) return null;
  return {period: periodFromBounds(`${year}-01-01`, iso), whole: false};
}

export function readYearFirstCells(raw: string, start: number, end: number): YearRowCell[] {
  const cells = cellsOf(raw, start, end);
  const out: YearRowCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (!HEADER.test(cells[i].text)) continue;
    let j = i + 1;
    while (j < cells.length && LABEL.test(cells[j].text) && !rowPeriod(cells[j].text) && !HEADER.test(cells[j].text))
      j++;
    const labels = cells.slice(i + 1, j).map((c) => c.text.replace(/\s*\([a-e1-9]\)$/, ""));
    const n = labels.length;
    if (n < 1 || n > 8) continue;
    const rows: {period: Period; whole: boolean; values: Cell[]; first: Cell}[] = [];
    let at = j;
    for (;;) {
      const period = at < cells.length ? rowPeriod(cells[at].text) : null;
      const values = cells.slice(at + 1, at + 1 + n);
      if (!period || values.length !== n || values.some((v) => !VALUE.test(v.text))) break;
      // A row with more values than labels is no row of this table.
      const next = cells[at + 1 + n]?.text ?? "";
      if (VALUE.test(next) && !rowPeriod(next)) break;
      rows.push({...period, values, first: cells[at]});
      at += 1 + n;
    }
    // A day-dated row counts part of a year only beside rows that count whole years.
    if (rows.length < 2 || !rows.some((r) => r.whole)) continue;
    // The sentence before the header says what the table counts ("the rate of naturalizations").
    const title = (
      raw
        .slice(start, cells[i].start)
        .split(/(?<=[.!?])\s+|\n\s*\n/)
        .at(-1) ?? ""
    ).trim();
    for (const row of rows)
      row.values.forEach((v, column) =>
        out.push({
          period: row.period,
          value: parseNumber(v.text.replace(/[\u00a0 ](?=\d{3}\b)/g, ","))?.value ?? NaN,
          column,
          label: labels[column],
          start: v.start,
          end: v.end,
          rowStart: row.first.start,
          rowEnd: row.values[n - 1].end,
          title
        })
      );
    i = at - 1;
  }
  return out.filter((c) => Number.isFinite(c.value));
}
