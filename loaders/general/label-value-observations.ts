/**
 * Observations of lines of a label and a figure (read-label-value-lines.ts): each label is read as a table's column
 * is (month-row-observations.ts), a count of its own, a people, a sex or a category of what the title counts, and
 * every line takes the period the title names; a title that names none leaves the lines unread.
 */
import type {Extracted} from "../extracted.js";
import {isUnresolvedFiscal} from "../periods/fiscal-year.js";
import type {Period} from "../types.js";
import type {LabelValueList} from "./read-label-value-lines.js";
import {columnMeaning, firstNounIn} from "./month-row-observations.js";
import {NOT_COUNTS} from "./read-year-header-tables.js";
import {frameSentence} from "./resolve-period.js";
import {lineCellRow} from "./table-cell-row.js";

type Row = Extracted & {confidence: number};

export function labelValueObservations(
  lists: LabelValueList[],
  paragraph: string,
  locator: string,
  document: string,
  reporting: Period | null,
  documentDate?: string,
  state?: string
): Row[] {
  const out: Row[] = [];
  for (const list of lists) {
    if (NOT_COUNTS.test(list.title) || list.lines.some((l) => NOT_COUNTS.test(l.label))) continue;
    // "As of May 30, 2025, there were 5,913 … The top ten countries … are:": a lead naming no time keeps the one before.
    const period =
      frameSentence(list.title, documentDate, reporting, state).periods[0]?.period ??
      (list.opened && list.earlier
        ? frameSentence(list.earlier, documentDate, reporting, state).periods[0]?.period
        : undefined);
    // "The top ten countries with the highest number of work permit holders": the number's noun is what is counted.
    const numberOf = /\bnumbers?\s+of\s+/i.exec(list.title);
    const titled =
      (numberOf && firstNounIn(list.title.slice(numberOf.index + numberOf[0].length))) || firstNounIn(list.title);
    const read = list.lines.map((line) => ({line, ...columnMeaning(line.label, document, Boolean(titled?.noun))}));
    // Lines of bare categories under a title that counts nothing say nothing of what they count; under a heading
    // that opens no list they may be a page's furniture ("Views: 173"), unless a table's gap sets them out.
    const loose = (r: (typeof read)[number]) => Boolean(r.breakdown.category) && !list.opened && !r.line.tabular;
    if (!period || isUnresolvedFiscal(period) || read.some((r) => (!r.counted && !titled?.noun) || loose(r))) continue;
    for (const {line, counted, breakdown} of read) {
      out.push(
        lineCellRow({
          spec_id: "general:label-value",
          noun: counted?.noun ?? titled?.noun ?? null,
          clause: `${line.label}; ${list.title}`,
          paragraph,
          period,
          breakdown: {...(counted ? {} : titled?.breakdown), ...breakdown},
          locator,
          line
        })
      );
    }
  }
  return out;
}
