/**
 * What the readers of flattened tables share: a row label as an indicator name, and one cell of a table as an
 * observation quoting the whole table.
 */
import type {Extracted} from "../extracted.js";
import type {Breakdown, Family, Period} from "../types.js";
import type {CountedNoun} from "../vocabulary/nouns.js";
import {resolveIndicator} from "./resolve-indicator.js";

/** A label as an indicator name, its bracketed asides dropped: "Net migration (persons)" is net_migration. */
export function labelSlug(label: string): string {
  return label
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 6)
    .join("_");
}

export interface TableCell {
  spec_id: string;
  family: Family;
  indicator: string;
  unit: string;
  period: Period;
  breakdown: Breakdown;
  value: number;
  locator: string;
  /** The table's raw span and the cell's. */
  table: {start: number; end: number};
  cell: {start: number; end: number};
  known: boolean;
}

/** One cell as an observation: a registry-known indicator is read with more confidence than a label's name. */
export function tableCellRow(c: TableCell): Extracted & {confidence: number} {
  return {
    spec_id: c.spec_id,
    family: c.family,
    indicator: c.indicator,
    unit: c.unit,
    period: c.period,
    country: c.breakdown.country ?? null,
    citizenship: c.breakdown.citizenship ?? null,
    sex: c.breakdown.sex ?? null,
    age_group: c.breakdown.age_group ?? null,
    category: c.breakdown.category ?? null,
    value: c.value,
    approx: null,
    locator: c.locator,
    quote_start: c.table.start,
    quote_end: c.table.end,
    value_start: c.cell.start,
    value_end: c.cell.end,
    confidence: c.known ? 0.8 : 0.6
  };
}

/** One line of a list as an observation: what it counts resolved against its own words and its title's. */
export function lineCellRow(c: {
  spec_id: string;
  noun: CountedNoun | null;
  /** The line's words and its title's, which name its event. */
  clause: string;
  paragraph: string;
  period: Period;
  breakdown: Breakdown;
  locator: string;
  line: {start: number; end: number; value: number; valueStart: number; valueEnd: number};
}): Extracted & {confidence: number} {
  const resolution = resolveIndicator(c.noun, false, c.clause, c.paragraph);
  return tableCellRow({
    spec_id: c.spec_id,
    family: resolution.family,
    indicator: resolution.indicator,
    unit: c.noun?.unit ?? "persons",
    period: c.period,
    breakdown: c.breakdown,
    value: c.line.value,
    locator: c.locator,
    table: c.line,
    cell: {start: c.line.valueStart, end: c.line.valueEnd},
    known: resolution.known
  });
}
