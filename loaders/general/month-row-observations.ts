/**
 * Observations of tables whose rows are months (read-month-row-tables.ts): a column named by a counted noun
 * ("Arrivals", "Returns") is its own indicator; any other column is a part of what the title counts, a sex, an age,
 * a nationality or a category ("UAC", "Family Members"), and a column of the whole ("All", "Total") is the total.
 */
import type {Extracted} from "../extracted.js";
import {canonicalCountry} from "../specs/countries.js";
import type {Breakdown} from "../types.js";
import {WHOLE_COLUMN_WORDS} from "../vocabulary/table-columns.js";
import {alternation} from "./alternation.js";
import {lastNounIn, qualifiersIn, type Counted} from "./read-counted.js";
import {expandAbbreviation, type MonthRowTable} from "./read-month-row-tables.js";
import {NOT_COUNTS} from "./read-year-header-tables.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {tableCellRow} from "./table-cell-row.js";

type Row = Extracted & {confidence: number};

const WHOLE = new RegExp(`^(?:${alternation(WHOLE_COLUMN_WORDS)})$`, "i");

/** The first counted noun of a text: what a lead sentence counts before the words that qualify it. */
export function firstNounIn(text: string): Counted | null {
  for (const m of text.matchAll(/[\p{L}'-]+/gu)) {
    const found = lastNounIn(text, 0, m.index + m[0].length);
    if (found?.noun) return found;
  }
  return null;
}

/**
 * What a column says of its cells: its own counted noun when it names a thing of its own ("Arrivals") or the title
 * names nothing, else the breakdown it gives the title's ("Family Members" of the apprehensions a lead counts).
 */
export function columnMeaning(
  label: string,
  document: string,
  titled: boolean
): {counted: Counted | null; breakdown: Breakdown} {
  if (WHOLE.test(label)) return {counted: null, breakdown: {}};
  // "Syria", "Sudanese", "Eritreans": a country or its people, named in the plural too.
  const nation = canonicalCountry(label) ?? canonicalCountry(label.replace(/s$/, ""));
  if (nation) return {counted: null, breakdown: {citizenship: nation}};
  const said = qualifiersIn(label);
  if (said.sex || said.age_group) return {counted: null, breakdown: said};
  const own = lastNounIn(label, 0, label.length);
  if (own?.noun && (!own.noun.person || !titled)) return {counted: own, breakdown: own.breakdown};
  return {counted: null, breakdown: {category: expandAbbreviation(label, document).toLowerCase()}};
}

export function monthRowObservations(
  tables: MonthRowTable[],
  paragraph: string,
  locator: string,
  document: string
): Row[] {
  const out: Row[] = [];
  for (const table of tables) {
    if (NOT_COUNTS.test(table.title) || table.labels.some((l) => NOT_COUNTS.test(l))) continue;
    const titled = firstNounIn(table.title);
    table.labels.forEach((label, n) => {
      const {counted, breakdown} = columnMeaning(label, document, Boolean(titled?.noun));
      // A category of free words whose bounds were guessed may be a header split wrong: its column is left unread.
      if (breakdown.category && !table.confirmed[n]) return;
      const noun = counted?.noun ?? titled?.noun ?? null;
      const resolution = resolveIndicator(noun, false, `${label}; ${table.title}`, paragraph);
      for (const row of table.rows) {
        const cell = row.cells[n];
        out.push(
          tableCellRow({
            spec_id: "general:month-row",
            family: resolution.family,
            indicator: resolution.indicator,
            unit: noun?.unit ?? "persons",
            period: row.period!,
            breakdown: {...(counted ? {} : titled?.breakdown), ...breakdown},
            value: cell.value,
            locator,
            table: row,
            cell,
            known: resolution.known
          })
        );
      }
    });
  }
  return out;
}
