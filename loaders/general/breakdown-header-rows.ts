/**
 * Observations of tables whose columns break rows down by sex or age (read-breakdown-header-tables.ts): each
 * row is its own indicator, named by the registry or by its label; each column gives its cells' breakdown; a
 * row "at the end of" or "at the start of" the period counts a stock on that day. All cells share the period
 * the title names, or the reporting period when it falls within the title's.
 */
import type {Extracted} from "../extracted.js";
import {canonicalCountry} from "../specs/countries.js";
import type {Period} from "../types.js";
import {PERIOD_END_STOCK, PERIOD_START_STOCK} from "../vocabulary/table-columns.js";
import {alternation} from "./alternation.js";
import type {BreakdownHeaderTable} from "./read-breakdown-header-tables.js";
import {lastNounIn} from "./read-counted.js";
import {monthOfYearLabel} from "./month-of-year-label.js";
import {frameSentence} from "./resolve-period.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {labelSlug, tableCellRow} from "./table-cell-row.js";

type Row = Extracted & {confidence: number};

const END_STOCK = new RegExp(`\\b(?:${alternation(PERIOD_END_STOCK)})\\b`, "i");
const START_STOCK = new RegExp(`\\b(?:${alternation(PERIOD_START_STOCK)})\\b`, "i");

const day = (d: string): Period => ({label: d, start: d, end: d, partial: false, stock: true});

/** The period the title names, or the reporting period when none or when the reporting period lies within it. */
function tablePeriod(title: string, reporting: Period | null, documentDate?: string): Period | null {
  const named = frameSentence(title, documentDate, reporting).periods[0]?.period ?? null;
  if (!named) return reporting;
  return reporting && reporting.start >= named.start && reporting.end <= named.end ? reporting : named;
}

export function breakdownHeaderRows(
  tables: BreakdownHeaderTable[],
  paragraph: string,
  locator: string,
  reporting: Period | null,
  documentDate?: string
): Row[] {
  const out: Row[] = [];
  for (const table of tables) {
    const period = tablePeriod(table.title, reporting, documentDate);
    if (table.notCounts || !period || period.stock) continue;
    // "Asylum applicants by citizenship, 2020": what a title counts stands before what it breaks the count down by.
    const counts = table.title.split(/\s+by\s+/i)[0];
    const titled = lastNounIn(counts, 0, counts.length);
    for (const row of table.rows) {
      // "Syria 1,204 610 594" under "Asylum applicants by citizenship": a country's row counts what the title does.
      const nation = canonicalCountry(row.label);
      // "January 120 70 50" under "Arrivals in 2019": a month's row counts what the title does, in that month.
      const month = monthOfYearLabel(row.label, period);
      const counted = nation || month ? titled : lastNounIn(row.label, 0, row.label.length);
      const resolution = resolveIndicator(
        counted?.noun ?? null,
        false,
        nation || month ? counts : `${row.label}; ${table.title}`,
        paragraph
      );
      // "Population at the end of the quarter" is a population: the day is the period's, not the indicator's.
      const own = row.label.split(END_STOCK)[0].split(START_STOCK)[0];
      const stock = END_STOCK.test(row.label)
        ? day(period.end)
        : START_STOCK.test(row.label)
          ? day(period.start)
          : null;
      row.cells.forEach((cell, n) =>
        out.push(
          tableCellRow({
            spec_id: "general:breakdown-header",
            family: resolution.family,
            indicator:
              resolution.known || nation || month ? resolution.indicator : labelSlug(own) || resolution.indicator,
            unit: counted?.noun?.unit ?? "persons",
            period: stock ?? month ?? period,
            breakdown: {
              citizenship: nation ?? counted?.breakdown.citizenship,
              sex: table.columns[n]?.sex,
              age_group: table.columns[n]?.age_group
            },
            value: cell.value,
            locator,
            table,
            cell,
            known: resolution.known
          })
        )
      );
    }
  }
  return out;
}
