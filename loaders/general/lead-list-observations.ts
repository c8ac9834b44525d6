/**
 * Observations of lists of counts under a lead sentence (read-lead-lists.ts): the lead's verb names what happened
 * to every item's people, each item names its own people and its own period, and an item that names no period
 * takes the lead's.
 */
import type {Extracted} from "../extracted.js";
import {FISCAL_YEAR, isUnresolvedFiscal} from "../periods/fiscal-year.js";
import {FISCAL_MARKERS} from "../vocabulary/fiscal-years.js";
import {alternation} from "./alternation.js";
import type {Period} from "../types.js";
import {NOT_COUNTS} from "./read-year-header-tables.js";
import type {LeadList} from "./read-lead-lists.js";
import {frameSentence} from "./resolve-period.js";
import {eventsIn} from "./resolve-indicator.js";
import {lineCellRow} from "./table-cell-row.js";

type Row = Extracted & {confidence: number};

const FISCAL = new RegExp(`\\b(?:${alternation(FISCAL_MARKERS)}|FY\\s?\\d)`, "i");

export function leadListObservations(
  lists: LeadList[],
  paragraph: string,
  locator: string,
  reporting: Period | null,
  documentDate?: string,
  state?: string
): Row[] {
  const out: Row[] = [];
  for (const list of lists) {
    if (list.items.some((item) => NOT_COUNTS.test(item.text))) continue;
    const leadPeriod = frameSentence(list.lead, documentDate, reporting, state).periods[0]?.period ?? reporting;
    const leadEvent = eventsIn(list.lead.toLowerCase()).length > 0;
    for (const item of list.items) {
      // "Related stories: • 300 migrants in Libya": people under a lead that says nothing happened to them are no count.
      if (!leadEvent && item.counted.noun?.person) continue;
      const own = frameSentence(item.text, documentDate, reporting, state).periods[0];
      const period = own?.period ?? leadPeriod;
      // A government year of no known calendar is a guess at its months, which the sentence reader drops too; so is a
      // government year read as a calendar year.
      if (!period || isUnresolvedFiscal(period) || (FISCAL.test(item.text) && !own?.pattern.startsWith(FISCAL_YEAR)))
        continue;
      out.push(
        lineCellRow({
          spec_id: "general:lead-list",
          noun: item.counted.noun,
          clause: `${item.text}; ${list.lead}`,
          paragraph,
          period,
          breakdown: item.counted.breakdown,
          locator,
          line: item
        })
      );
    }
  }
  return out;
}
