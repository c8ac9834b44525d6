/**
 * Observations of a table printed one cell per line (read-label-runs.ts): a table that a sentence ending
 * in a colon introduces ("there were 89 female victims, who were distributed as follows:") breaks that
 * count down, so its cells take the count's indicator, period and breakdown; any other table is named
 * after its title and read for its years, else for the reporting period.
 */
import type {Extracted} from "../extracted.js";
import type {Period} from "../types.js";
import {flatIndexOf, type FlatText} from "../text/flatten.js";
import type {LabelRunTable} from "./read-label-runs.js";
import {lastNounIn} from "./read-counted.js";
import {resolveIndicator} from "./resolve-indicator.js";

type Row = Extracted & {confidence: number};

/** The count whose sentence introduces the table: stated before it in the paragraph, its clause running on to a colon. */
function introOf(raw: string, table: LabelRunTable, rows: Row[], paragraphStart: number): Row | null {
  const before = rows
    .filter((r) => r.value_end <= table.start && r.value_start >= paragraphStart)
    .sort((a, b) => a.value_end - b.value_end)
    .at(-1);
  if (!before) return null;
  const between = raw.slice(before.value_end, table.start);
  return /:\s*$/.test(between) && !/[.;]\s/.test(between) && !/\d/.test(between) ? before : null;
}

export function labelRunRows(
  raw: string,
  tables: LabelRunTable[],
  read: Row[],
  paragraph: {start: number; text: string; locator: string},
  reportingPeriod: Period | null
): Row[] {
  const out: Row[] = [];
  for (const table of tables) {
    const intro = introOf(raw, table, read, paragraph.start);
    const noun = lastNounIn(table.title, 0, table.title.length)?.noun ?? null;
    const resolution = resolveIndicator(noun, false, table.title, paragraph.text);
    for (const cell of table.cells) {
      const period = cell.period ?? intro?.period ?? reportingPeriod;
      if (!period) continue;
      const base: Row = intro
        ? {...intro, confidence: 0.8}
        : {
            spec_id: "",
            family: resolution.family,
            indicator: resolution.indicator,
            unit: noun?.unit ?? "persons",
            period,
            country: null,
            citizenship: null,
            sex: null,
            age_group: null,
            category: null,
            value: 0,
            approx: null,
            locator: paragraph.locator,
            quote_start: 0,
            quote_end: 0,
            value_start: 0,
            value_end: 0,
            confidence: resolution.known ? 0.8 : 0.6
          };
      out.push({
        ...base,
        ...cell.breakdown,
        spec_id: "general:label-run",
        period,
        value: cell.value,
        approx: null,
        quote_start: table.start,
        quote_end: table.end,
        value_start: cell.start,
        value_end: cell.end
      });
    }
  }
  return out;
}

/**
 * Flat offsets where a sentence begins after each table: the prose after a table is no part of the cells'
 * sentence, and a paragraph number glued to its first word ("62.Over 2013, …") is passed over.
 */
export function breaksAfter(raw: string, tables: {end: number}[], flat: FlatText): number[] {
  return tables.map((t) => {
    const next = /^\s*(?:\d{1,3}\.\s*(?=[A-Z]))?/.exec(raw.slice(t.end))![0].length;
    return flatIndexOf(flat, t.end + next);
  });
}
