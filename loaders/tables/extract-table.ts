/**
 * Applies a declarative TableSpec to a seed: finds the caption, reads header and rows line by
 * line, splits flattened numbers into cells under the digit-group rules and the table's own
 * arithmetic, and returns observations plus the checks that chose or tested each split.
 */
import type {Period} from "../types.js";
import type {Extracted, PendingCheck} from "../extracted.js";
import {ExtractionError, sumCheck} from "../extracted.js";
import {flatten, toRaw} from "../text/flatten.js";
import {findPeriods, parsePeriod} from "../periods/parse-period.js";
import {parseNumber, NUMBER_DIGITS_SOURCE} from "../numbers/parse-number.js";
import {splitTokens, tokenize, magnitudeSpread, type Split, type Token} from "./split-row.js";
import type {Dims, RowDef, TableSpec} from "./table-spec.js";
import {canonicalCountry} from "../specs/countries.js";

const DEFAULT_STOP = /^\s*(?:\d{1,3}\.\s+\S|Reply to|Regarding paragraph|Note:)/i;
/** Splits within this log-variance of the best are too close to call on magnitude alone. */
const MAGNITUDE_MARGIN = 0.05;

interface Line {
  text: string;
  start: number;
  end: number;
}
interface Row {
  label: string;
  labelStart: number;
  period?: Period;
  def?: RowDef;
  dims: Dims;
  isTotal: boolean;
  valueTokens: Token[];
  end: number;
}

export interface TableResult {
  observations: Extracted[];
  checks: PendingCheck[];
  /** Raw spans the table occupies, so sentence patterns do not read its numbers again. */
  spans: [number, number][];
}

export function extractTable(raw: string, spec: TableSpec, flatDoc = flatten(raw)): TableResult {
  const result: TableResult = {observations: [], checks: [], spans: []};
  const caption = new RegExp(spec.caption.source, spec.caption.flags.includes("i") ? "gi" : "g");
  for (let m = caption.exec(flatDoc.text); m; m = caption.exec(flatDoc.text)) {
    const [, rawEnd] = toRaw(flatDoc, m.index, m.index + m[0].length);
    readTable(raw, spec, rawEnd, result);
  }
  return result;
}

/** Non-blank lines after an offset, produced lazily: a table reads only its own few lines. */
function* linesFrom(raw: string, from: number): Generator<Line> {
  // The caption may end mid-line; the rest of that line belongs to the caption.
  let start = raw.indexOf("\n", from) + 1;
  if (start === 0) return;
  while (start < raw.length) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const text = raw.slice(start, end);
    if (text.trim() !== "") yield {text, start, end};
    start = end + 1;
  }
}

function readTable(raw: string, spec: TableSpec, from: number, result: TableResult): void {
  const stop = spec.stop ?? DEFAULT_STOP;
  let columns: {dims: Dims; period?: Period}[] | null =
    spec.columns === "header_periods"
      ? null
      : spec.columns.map((c) => ({
          dims: c.dims,
          period: c.dims.period ? (parsePeriod(c.dims.period) ?? undefined) : undefined
        }));
  const rows: Row[] = [];
  let pendingLabel = "";
  let pendingStart = -1;
  let tableEnd = from;
  // Lines before the header continue the caption.
  let sawHeader = spec.columns !== "header_periods" && !spec.header;
  for (const line of linesFrom(raw, from)) {
    const text = line.text.replace(/\s+/g, " ").trim();
    if (stop.test(line.text)) break;
    if (spec.header?.test(text)) {
      sawHeader = true;
      tableEnd = line.end;
      continue;
    }
    const headerPeriods = readHeaderPeriods(text);
    if (headerPeriods) {
      if (spec.columns === "header_periods") {
        if (columns === null) columns = headerPeriods.map((p) => ({dims: {}, period: p}));
        // A repeated header after a page break must list the same periods.
        else if (headerPeriods.map((p) => p.label).join() !== columns.map((c) => c.period?.label).join()) break;
      }
      sawHeader = true;
      tableEnd = line.end;
      continue;
    }
    if (!sawHeader) continue;
    const last = rows[rows.length - 1];
    const tokens = tokenize(raw, line.start, line.end);
    // A cell that opened a parenthesis continues on the next line ("4 (with family" / "members 16)").
    if (last && unbalanced(last.valueTokens)) {
      last.valueTokens.push(...tokens);
      last.end = line.end;
      tableEnd = line.end;
      continue;
    }
    let labelTokens: Token[] = [];
    let valueTokens: Token[] = tokens;
    let period: Period | undefined;
    if (spec.rows.label === "period") {
      const found = findPeriods(text)[0];
      if (found && found.start === 0) {
        period = found.period;
        const words = found.end === text.length ? text.split(" ").length : text.slice(0, found.end).split(" ").length;
        labelTokens = tokens.slice(0, words);
        valueTokens = tokens.slice(words);
      }
    } else {
      const firstValue = tokens.findIndex((t) => /^\d/.test(t.text));
      labelTokens = firstValue < 0 ? tokens : tokens.slice(0, firstValue);
      valueTokens = firstValue < 0 ? [] : tokens.slice(firstValue);
    }
    if (labelTokens.length === 0 && !last && spec.rows.map?.some((d) => d.label.test(""))) {
      rows.push(classifyRow(spec, "", valueTokens[0].start, period, valueTokens, line.end)); // a table of one unlabelled row
      tableEnd = line.end;
      continue;
    }
    if (labelTokens.length === 0) {
      if (!last) break; // numbers before any row label: not this table
      last.valueTokens.push(...valueTokens);
      last.end = line.end;
      tableEnd = line.end;
      continue;
    }
    const label = [pendingLabel, labelTokens.map((t) => t.text).join(" ")]
      .filter(Boolean)
      .join(" ")
      .replace(/\s*\*+$/, "");
    const labelStart = pendingStart >= 0 ? pendingStart : labelTokens[0].start;
    if (valueTokens.length === 0) {
      // A label broken over lines: keep it for the row whose numbers follow.
      pendingLabel = label;
      pendingStart = labelStart;
      continue;
    }
    pendingLabel = "";
    pendingStart = -1;
    const row = classifyRow(spec, label, labelStart, period, valueTokens, line.end);
    rows.push(row);
    tableEnd = line.end;
    if (row.isTotal) break; // the Total row closes a table; what follows is prose or another table
  }
  if (!columns || rows.length === 0) return;
  result.spans.push([from, tableEnd]);
  resolveRows(raw, spec, columns, rows, result);
  // A table that states a Total row ends with it: one that stops before (the text was cut, or a page lost)
  // has lost rows, and its last row may have lost cells that still read as numbers ("3 340 3").
  if (spec.rows.total && !rows.some((r) => r.isTotal)) {
    const last = rows[rows.length - 1];
    throw new ExtractionError(
      `table "${spec.id}" ends before its Total row, after row "${last.label}": the table is incomplete`,
      last.labelStart
    );
  }
}

function readHeaderPeriods(text: string): Period[] | null {
  const found = findPeriods(text);
  if (found.length < 2) return null;
  let rest = text;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.start) + rest.slice(f.end);
  return /\d/.test(rest) ? null : found.map((f) => f.period);
}

function unbalanced(tokens: Token[]): boolean {
  const s = tokens.map((t) => t.text).join(" ");
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}

function classifyRow(
  spec: TableSpec,
  label: string,
  labelStart: number,
  period: Period | undefined,
  valueTokens: Token[],
  end: number
): Row {
  const isTotal = spec.rows.total?.test(label) ?? false;
  const def = spec.rows.map?.find((d) => d.label.test(label));
  const dims: Dims = {...(def?.dims ?? {})};
  if (!def && !isTotal && spec.rows.as)
    dims[spec.rows.as] = spec.rows.as === "category" ? label : (canonicalCountry(label) ?? label);
  const cleaned = valueTokens.filter((t) => !/^\*+$/.test(t.text));
  return {label, labelStart, period, def, dims, isTotal, valueTokens: cleaned, end};
}

interface Candidates {
  row: Row;
  splits: Split[];
  note: string;
}

function resolveRows(
  raw: string,
  spec: TableSpec,
  columns: {dims: Dims; period?: Period}[],
  rows: Row[],
  result: TableResult
): void {
  const n = columns.length;
  const locator = `table:${spec.id}`;
  const reversed = spec.digitGroups === "reversed";
  const scale = columns.map((c) => (c.period?.partial ? 2 : 1));
  const accepted = rows.filter((r) => r.def || r.isTotal || spec.rows.as || spec.rows.label === "period");
  const candidates: Candidates[] = [];
  for (const row of accepted) {
    if (row.def?.cell) {
      emitTemplatedRow(raw, spec, columns, row, result);
      continue;
    }
    const splits = splitTokens(row.valueTokens, n, {reversedGroups: reversed});
    // A row that is not n numbers is a truncated table or a misprint: refuse it rather than guess.
    if (splits.length === 0) {
      throw new ExtractionError(
        `table "${spec.id}", row "${row.label}": "${row.valueTokens.map((t) => t.text).join(" ")}" cannot be read as ${n} numbers`,
        row.labelStart
      );
    }
    candidates.push({row, splits, note: ""});
  }
  // Row arithmetic first: it needs no other row.
  for (const c of candidates) {
    const before = c.splits.length;
    for (const k of spec.constraints ?? []) {
      if (k.kind !== "row_equal_sums") continue;
      const kept = c.splits.filter((s) => sum(s, k.a) === sum(s, k.b));
      if (kept.length > 0) c.splits = kept;
    }
    if (before > 1 && c.splits.length < before) c.note = `row arithmetic kept ${c.splits.length} of ${before} splits`;
  }
  // Column totals next: choose one split per row so that every column adds up.
  const columnTotal = spec.constraints?.find((k) => k.kind === "column_total") as
    {kind: "column_total"; tolerance?: number} | undefined;
  const totalRow = candidates.find((c) => c.row.isTotal);
  if (columnTotal && totalRow) {
    // Try every reading of the Total row; keep the readings of all rows that add up under some.
    const parts = candidates.filter((c) => !c.row.isTotal);
    const kept = parts.map(() => new Set<number>());
    const keptTotals = new Set<number>();
    totalRow.splits.slice(0, 100).forEach((totalSplit, t) => {
      const solutions = solveColumns(
        parts.map((p) => p.splits),
        totalSplit.map((x) => x.value),
        columnTotal.tolerance ?? 0
      );
      if (solutions.length === 0) return;
      keptTotals.add(t);
      for (const s of solutions) s.forEach((j, i) => kept[i].add(j));
    });
    if (keptTotals.size > 0) {
      for (const [i, p] of [...parts, totalRow].entries()) {
        const chosen = p === totalRow ? keptTotals : kept[i];
        if (p.splits.length > 1) p.note = `column totals kept ${chosen.size} of ${p.splits.length} splits`;
        p.splits = [...chosen].sort((a, b) => a - b).map((j) => p.splits[j]);
      }
    }
  }
  const cellsByRow = new Map<Row, Extracted[]>();
  for (const c of candidates) {
    const ranked = c.splits.map((s) => ({s, spread: magnitudeSpread(s, scale)})).sort((a, b) => a.spread - b.spread);
    const chosen = ranked[0].s;
    const cells = chosen.map((cell, i) => makeCell(spec, columns[i], c.row, cell.value, cell.start, cell.end, locator));
    cellsByRow.set(c.row, cells);
    result.observations.push(...cells);
    if (ranked.length > 1) {
      const close = ranked[1].spread - ranked[0].spread < MAGNITUDE_MARGIN;
      result.checks.push({
        kind: "split",
        locator,
        tolerance: 0,
        members: cells,
        expected: null,
        actual: null,
        description: `Row "${c.row.label}": ${ranked.length} readings remain after the table's arithmetic`,
        status: close ? "fail" : "warn",
        detail: `chose ${fmt(chosen)} by magnitude consistency${close ? " (too close to call)" : ""}; also possible: ${ranked
          .slice(1, 4)
          .map((r) => fmt(r.s))
          .join("; ")}`
      });
    } else if (c.note) {
      result.checks.push({
        kind: "split",
        locator,
        tolerance: 0,
        members: cells,
        expected: null,
        actual: null,
        description: `Row "${c.row.label}": split fixed by the table's arithmetic`,
        status: "pass",
        detail: `${c.note}: ${fmt(chosen)}`
      });
    }
  }
  // The arithmetic itself, as checks on the chosen cells.
  for (const k of spec.constraints ?? []) {
    if (k.kind === "row_equal_sums") {
      for (const [row, cells] of cellsByRow) {
        const a = k.a.map((i) => cells[i]),
          b = k.b.map((i) => cells[i]);
        const sumA = a.reduce((x, c) => x + c.value, 0);
        const check = sumCheck(
          "equal_marginals",
          `${spec.title}, ${row.label}: ${k.label}`,
          locator,
          sumA,
          b,
          0,
          `${a.map((x) => x.value).join(" + ")} = ${sumA}; ${b.map((x) => x.value).join(" + ")} = ${b.reduce((x, c) => x + c.value, 0)}`
        );
        check.members = [...a, ...b];
        result.checks.push(check);
      }
    }
    if (k.kind === "column_total") {
      const total = [...cellsByRow].find(([r]) => r.isTotal)?.[1];
      if (!total) continue;
      const others = [...cellsByRow].filter(([r]) => !r.isTotal).map(([, c]) => c);
      total.forEach((t, i) =>
        result.checks.push(
          sumCheck(
            "sum",
            `${spec.title}, ${t.period.label}: rows vs Total`,
            locator,
            t,
            others.map((o) => o[i]),
            k.tolerance ?? 0
          )
        )
      );
    }
  }
}

const sum = (s: {value: number}[], idx: number[]) => idx.reduce((a, i) => a + s[i].value, 0);
const fmt = (s: Split) => s.map((c) => c.text).join(" | ");

/** Index tuples (one split per row) whose column sums match the totals; depth-first with bounds. */
function solveColumns(rows: Split[][], totals: number[], tolerance: number): number[][] {
  const out: number[][] = [];
  const acc = totals.map(() => 0);
  const choice: number[] = [];
  const walk = (r: number) => {
    if (out.length > 50) return;
    if (r === rows.length) {
      if (acc.every((a, i) => Math.abs(a - totals[i]) <= tolerance)) out.push(choice.slice());
      return;
    }
    rows[r].forEach((split, j) => {
      const next = acc.map((a, i) => a + split[i].value);
      if (next.some((v, i) => v > totals[i] + tolerance)) return;
      const saved = acc.slice();
      next.forEach((v, i) => (acc[i] = v));
      choice.push(j);
      walk(r + 1);
      choice.pop();
      saved.forEach((v, i) => (acc[i] = v));
    });
  };
  walk(0);
  return out;
}

function makeCell(
  spec: TableSpec,
  column: {dims: Dims; period?: Period},
  row: Row,
  value: number,
  start: number,
  end: number,
  locator: string,
  extra: Dims = {}
): Extracted {
  const d: Dims = {...column.dims, ...row.dims, ...extra};
  const period = row.period ?? column.period ?? (d.period ? parsePeriod(d.period) : undefined);
  if (!period) throw new Error(`table ${spec.id}: no period for row "${row.label}"`);
  const nullable = (k: keyof Dims) => (row.isTotal ? null : ((d[k] as string | null | undefined) ?? null));
  return {
    spec_id: spec.id,
    family: d.family ?? spec.family,
    indicator: d.indicator ?? spec.indicator ?? spec.id.replace(/-/g, "_"),
    unit: d.unit ?? spec.unit,
    period,
    country: nullable("country"),
    citizenship: nullable("citizenship"),
    sex: nullable("sex"),
    age_group: nullable("age_group"),
    category: (d.category as string | null | undefined) ?? null,
    value,
    approx: null,
    locator,
    quote_start: row.labelStart,
    quote_end: row.end,
    value_start: start,
    value_end: end
  };
}

/** Rows whose cells hold several numbers: the cell template is matched once per column. */
function emitTemplatedRow(
  raw: string,
  spec: TableSpec,
  columns: {dims: Dims; period?: Period}[],
  row: Row,
  result: TableResult
): void {
  const cell = row.def!.cell!;
  const names: string[] = [];
  const source = cell.template
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return `(${NUMBER_DIGITS_SOURCE})`;
    })
    .replace(/ /g, "\\s+");
  const re = new RegExp(source, "gi");
  const first = row.valueTokens[0].start,
    last = row.valueTokens[row.valueTokens.length - 1].end;
  const body = raw.slice(first, last);
  const matches = [...body.matchAll(re)];
  if (matches.length !== columns.length) {
    throw new ExtractionError(
      `table "${spec.id}", row "${row.label}": ${matches.length} cells where the header has ${columns.length}`,
      row.labelStart
    );
  }
  matches.forEach((m, i) => {
    let cursor = 0;
    names.forEach((name, k) => {
      const text = m[k + 1];
      const at = m[0].indexOf(text, cursor);
      cursor = at + text.length;
      const parsed = parseNumber(text)!;
      const s = first + m.index! + at;
      result.observations.push(
        makeCell(spec, columns[i], row, parsed.value, s, s + text.length, `table:${spec.id}`, cell.slots[name] ?? {})
      );
    });
  });
}
