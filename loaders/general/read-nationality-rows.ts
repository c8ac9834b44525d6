/**
 * Tables by nationality printed one row per line, a people or country and its count, with or without a space
 * between them (web pages flattened to text often glue the cells: "Vietnamese3,056"), under a heading that
 * says what is counted and when ("Nationality / Number of claimants (as at September 2022)"), closed by
 * "Others" and "Total" rows.
 */
import type {Extracted} from "../extracted.js";
import type {Period} from "../types.js";
import {canonicalCountry} from "../specs/countries.js";
import {parseNumber} from "../numbers/parse-number.js";
import {findPeriods} from "../periods/parse-period.js";
import {lastNounIn} from "./read-counted.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {stockDates} from "./resolve-stock-date.js";

// "Vietnamese3,056", "Sri Lankan 298", "Others\t1,135": a label of letters and its count, nothing after.
// "Honduras -- 1,204", "Haiti: 3,349", "Cuba | 1,001": a dash, colon or bar may stand between the cells.
const ROW =
  /^[ \t]*(\p{Lu}[\p{L} .’'()-]*?\p{L}\)?)[ \t]*(?:(?:--|[–—:|=])[ \t]*)?(\d{1,3}(?:,\d{3})+|\d{1,7})[ \t]*$/u;
const OTHERS = /^(?:others?|other\s+(?:countries|nationalities)|rest\s+of\s+the\s+world)$/i;
const TOTAL = /^(?:total|all(?:\s+nationalities)?|overall)$/i;
// How many lines above the first row may hold the table's heading.
const HEADING_LINES = 3;

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(raw: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  for (const m of raw.slice(start, end).matchAll(/[^\n]+/g))
    out.push({text: m[0], start: start + m.index, end: start + m.index + m[0].length});
  return out;
}

export interface NationalityTable {
  /** Raw offsets from the first row to the last. */
  start: number;
  end: number;
  heading: string;
  rows: {label: string; citizenship: string | null; value: number; start: number; end: number; line: Line}[];
}

/** Runs of three or more rows by nationality, at least two of them naming a country. */
export function nationalityTables(raw: string, start: number, end: number): NationalityTable[] {
  const lines = linesOf(raw, start, end);
  const out: NationalityTable[] = [];
  for (let i = 0; i < lines.length;) {
    const rows: NationalityTable["rows"] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const m = ROW.exec(lines[j].text);
      if (!m) break;
      const label = m[1].trim();
      const country = canonicalCountry(label);
      if (!country && !OTHERS.test(label) && !TOTAL.test(label)) break;
      const at = lines[j].start + m.index + m[0].lastIndexOf(m[2]);
      const value = parseNumber(m[2])?.value;
      if (value === undefined) break;
      rows.push({label, citizenship: country, value, start: at, end: at + m[2].length, line: lines[j]});
    }
    if (rows.length >= 3 && rows.filter((r) => r.citizenship).length >= 2) {
      // The heading is the short lines right above the rows; prose that introduces the table is no part of it.
      const above: string[] = [];
      for (let k = i - 1; k >= Math.max(0, i - HEADING_LINES); k--) {
        // A short line right above the rows ending in a colon is their heading ("Deportees by nationality, 2019:").
        const colonHeading = k === i - 1 && /:\s*$/.test(lines[k].text) && lines[k].text.split(/\s+/).length <= 12;
        if (lines[k].text.length > 100 || (/[.:;]\s*$/.test(lines[k].text) && !colonHeading)) break;
        above.unshift(lines[k].text);
      }
      const heading = above.join(" ");
      out.push({start: rows[0].line.start, end: rows.at(-1)!.line.end, heading, rows});
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The day or period a heading counts on: "(as at September 2022)" is the month's last day. */
function headingPeriod(heading: string, documentDate: string | undefined): Period | null {
  return stockDates(heading, documentDate)[0]?.period ?? findPeriods(heading)[0]?.period ?? null;
}

/** The rows of a table by nationality, counted as its heading says, or none when the heading names no period. */
export function nationalityRows(
  table: NationalityTable,
  context: string,
  documentDate: string | undefined,
  locator: string
): (Extracted & {confidence: number})[] {
  const period = headingPeriod(table.heading, documentDate);
  const noun = lastNounIn(table.heading, 0, table.heading.length)?.noun ?? null;
  if (!period || !noun) return [];
  const resolution = resolveIndicator(noun, false, table.heading.toLowerCase(), context);
  if (!resolution.known) return [];
  return table.rows.map((r) => ({
    spec_id: "general:nationality-row",
    family: resolution.family,
    indicator: resolution.indicator,
    unit: noun.unit,
    period,
    country: null,
    citizenship: r.citizenship ?? (OTHERS.test(r.label) ? "Others" : null),
    sex: null,
    age_group: null,
    category: null,
    value: r.value,
    approx: null,
    locator,
    quote_start: r.line.start,
    quote_end: r.line.end,
    value_start: r.start,
    value_end: r.end,
    confidence: 0.8
  }));
}
