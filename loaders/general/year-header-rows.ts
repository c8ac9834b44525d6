/**
 * Observations of tables under a header of years (read-year-header-tables.ts): each row is named by its
 * label when the registry knows it, else by the table's title with the label as its category; a Total row
 * is the whole the others break down. A table of money is read when its title gives the currency and the scale
 * ("TOP $m": each cell times a million pa'anga); tables of shares or rates, or of money in no stated scale, are not.
 */
import type {Extracted} from "../extracted.js";
import type {YearHeaderTable} from "./read-year-header-tables.js";
import {lastNounIn} from "./read-counted.js";
import {resolveIndicator} from "./resolve-indicator.js";
import {INDICATOR_BY_ID} from "../registry/index.js";
import type {Period} from "../types.js";
import {BACKLOG_MARKERS} from "../vocabulary/now.js";
import {DESTINATION_TITLE_WORDS} from "../vocabulary/table-columns.js";
import {canonicalCountry} from "../specs/countries.js";
import {alternation} from "./alternation.js";
import {monthOfYearLabel} from "./month-of-year-label.js";

type Row = Extracted & {confidence: number};

// "Total Permanent Resident Admissions": a label opening on "Total" names the whole the other rows break down.
const TOTAL = /^(?:total|in total|all|overall|grand total|totals?\s+\(.*\))$|^(?:grand\s+)?total\s+\p{L}/iu;

const DESTINATION_TITLE = new RegExp(`\\b(?:${alternation(DESTINATION_TITLE_WORDS)})`, "i");
const BACKLOG = new RegExp(`\\b(?:${BACKLOG_MARKERS.join("|")})\\b`, "i");
const lastDay = (p: Period): Period => ({label: p.end, start: p.end, end: p.end, partial: false, stock: true});

export function yearHeaderRows(tables: YearHeaderTable[], paragraph: string, locator: string): Row[] {
  const out: Row[] = [];
  for (const table of tables) {
    const money = table.money ?? null;
    if (table.notCounts && !money) continue;
    const titleNoun = lastNounIn(table.title, 0, table.title.length)?.noun ?? null;
    const byTitle = resolveIndicator(titleNoun, Boolean(money), table.title, paragraph);
    // A row is read with the title's words too: "Temporary residence permits" under "Residence permits issued".
    const resolved = table.rows.map((row) => {
      const counted = lastNounIn(row.label, 0, row.label.length);
      const noun = counted?.noun ?? null;
      return {
        row,
        noun,
        said: counted?.breakdown ?? {},
        own: resolveIndicator(noun, Boolean(money), `${row.label}; ${table.title}`, "")
      };
    });
    // "Arrivals by": a group heading names what its rows count, before the table's title does.
    const groups = new Map<string, ReturnType<typeof resolveIndicator>>();
    for (const g of new Set(table.rows.map((r) => r.group).filter((g): g is string => Boolean(g)))) {
      const counted = lastNounIn(g, 0, g.length)?.noun ?? null;
      groups.set(g, resolveIndicator(counted, Boolean(money), `${g}; ${table.title}`, paragraph));
    }
    const times = (id: string) => resolved.filter((r) => r.own.known && r.own.indicator === id).length;
    for (const {row, noun, said, own} of resolved) {
      const total = row.total || TOTAL.test(row.label);
      const byGroup = row.group ? groups.get(row.group) : undefined;
      // A row the registry knows by its own words is that indicator; else its group's or the table's, broken down by the row.
      const resolution = own.known ? own : byGroup?.known ? byGroup : byTitle.known ? byTitle : (byGroup ?? own);
      // A lone figure under several columns is a stock counted on the last day shown; a flow's column is unknown.
      if (
        row.short &&
        !(resolution.known && INDICATOR_BY_ID.get(resolution.indicator)?.stock) &&
        !BACKLOG.test(row.label)
      )
        continue;
      // The label stays as a category unless it names a total or an indicator no other row of the table shares.
      const named = own.known && times(own.indicator) === 1;
      // "Syria", "Nigerian": a row named by a country is its people's, or where they went under a title of destinations.
      const bare = row.label.replace(/\s*\*+$/, "");
      const place =
        total || named
          ? null
          : (canonicalCountry(bare) ?? (bare.split(/\s+/).length <= 2 ? said.citizenship : null) ?? null);
      // Money comes from or goes to a country, never of a citizenship ("Russian Federation 237 652" in "thousand USD").
      const toPlace = Boolean(place) && (money !== null || DESTINATION_TITLE.test(`${row.group ?? ""} ${table.title}`));
      // "January 1,204 1,530" under "2015 2016": a month's row is that month of each column's year, no category.
      const monthly = row.cells.length > 0 && row.cells.every((c) => monthOfYearLabel(row.label, c.period));
      const category = total || named || place || monthly ? null : row.label.toLowerCase();
      const base = {
        spec_id: "general:year-header",
        family: resolution.family,
        country: toPlace ? place : null,
        // "Unaccompanied children", "Women": the label's people are a part of the table's whole.
        citizenship: said.citizenship ?? (toPlace ? null : place),
        sex: said.sex ?? null,
        age_group: said.age_group ?? null,
        category,
        approx: null,
        locator,
        quote_start: table.start,
        quote_end: table.end,
        confidence: resolution.known ? 0.8 : 0.6
      };
      // A column of percent change, so headed, gives the change to the last column in percent.
      if (row.change)
        out.push({
          ...base,
          indicator: `${resolution.indicator}_change_pct`,
          unit: "percent",
          period: row.change.period,
          value: row.change.value,
          value_start: row.change.start,
          value_end: row.change.end
        });
      for (const cell of row.cells)
        out.push({
          ...base,
          indicator: resolution.indicator,
          unit: money?.unit ?? (own.known ? noun : (titleNoun ?? noun))?.unit ?? "persons",
          period: row.short
            ? lastDay(cell.period)
            : (monthly && monthOfYearLabel(row.label, cell.period)) || cell.period,
          // "19.40" in a table of "$m" is 19,400,000: rounded so the product keeps the figure's own digits.
          value: money ? Number((cell.value * money.scale).toPrecision(12)) : cell.value,
          value_start: cell.start,
          value_end: cell.end
        });
    }
  }
  return out;
}
