/**
 * Flattened tables whose rows open with a year ("2015 13,690 12,111 1,579"), as statistical releases
 * print them: each cell is a figure for that year, named after its column when the header line can
 * be split into as many labels as the rows have cells. Rows whose cells cannot be read unambiguously
 * (space-grouped thousands) are left to the prose reader.
 */
import {parseNumber} from "../numbers/parse-number.js";
import {yearPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

export interface YearRowCell {
  period: Period;
  value: number;
  column: number;
  label: string | null;
  /** The sentence that introduces the table, when its columns are read by another reader. */
  title?: string;
  start: number;
  end: number;
  rowStart: number;
  rowEnd: number;
}

const ROW = /^[ \t]*((?:19[5-9]\d|20[0-4]\d))((?:[ \t]+(?:\d{1,3}(?:,\d{3})+|\d{1,3}))+)[ \t]*$/gm;

export function readYearRows(raw: string, start: number, end: number): YearRowCell[] {
  const out: YearRowCell[] = [];
  const text = raw.slice(start, end);
  ROW.lastIndex = 0;
  const rows: {m: RegExpExecArray; cells: {value: number; start: number; end: number}[]}[] = [];
  for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
    const cells: {value: number; start: number; end: number}[] = [];
    const re = /\d{1,3}(?:,\d{3})+|\d+/g;
    const offset = m.index + m[0].indexOf(m[2]);
    for (let c = re.exec(m[2]); c; c = re.exec(m[2])) {
      const v = parseNumber(c[0]);
      if (v) cells.push({value: v.value, start: start + offset + c.index, end: start + offset + c.index + c[0].length});
    }
    // "13 690 12 111" could be two numbers or four: a short cell followed by a three-digit one is ambiguous.
    const tokens = m[2].trim().split(/\s+/);
    const ambiguous = tokens.some((t, i) => i > 0 && /^\d{3}$/.test(t) && /^\d{1,3}$/.test(tokens[i - 1]));
    if (cells.length >= 2 && !ambiguous) rows.push({m, cells});
  }
  // One row alone is a sentence that starts with a year, not a table.
  if (rows.length < 2) return out;
  const width = rows[0].cells.length;
  const labels = headerLabels(text.slice(0, rows[0].m.index), width);
  for (const {m, cells} of rows) {
    if (cells.length !== width) continue;
    cells.forEach((c, column) =>
      out.push({
        period: yearPeriod(Number(m[1])),
        value: c.value,
        column,
        label: labels?.[column] ?? null,
        start: c.start,
        end: c.end,
        rowStart: start + m.index,
        rowEnd: start + m.index + m[0].length
      })
    );
  }
  return out;
}

/** The header line's column labels, split at footnote marks "(1)" or at runs of two spaces or tabs. */
function headerLabels(before: string, width: number): string[] | null {
  const line = before.trimEnd().split("\n").at(-1) ?? "";
  const body = line.replace(/^\s*(?:year|period)\s+/i, "");
  for (const parts of [body.split(/\(\d{1,2}\)/), body.split(/\t| {2,}/)]) {
    const labels = parts
      .map((p) =>
        p
          .replace(/\bof which:?/gi, "")
          .replace(/\s+/g, " ")
          .trim()
      )
      .filter(Boolean);
    if (labels.length === width) return labels;
  }
  return null;
}
