/**
 * An ordinal that leaves out the part of the year it counts, named just before it: "320 in the second quarter, 226
 * in the third and the remaining 272 in the fourth", "… in the first half and 40 in the second". Each is that part
 * of the same year.
 */
import {periodFromBounds, lastDay, pad, type FoundPeriod} from "../periods/parse-period.js";
import {ORDINAL} from "./resolve-relative-span.js";

const NAMED = /\b(first|1st|second|2nd|third|3rd|fourth|4th)\s+(quarter|half)\b/i;
const ELIDED =
  /\b(?:in|during|for|over)\s+the\s+(first|1st|second|2nd|third|3rd|fourth|4th)\b(?=\s*(?:[,;.)]|and\b|or\b|while\b|$))/gi;

/** The parts of a year an ordinal names alone after a quarter or half of a year the sentence named. */
export function elidedOrdinals(text: string, found: FoundPeriod[]): FoundPeriod[] {
  if (!ELIDED.test(text)) return [];
  ELIDED.lastIndex = 0;
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(ELIDED)) {
    // The last quarter or half named before the ordinal, with the period read for it.
    const before = found.filter((p) => p.end <= m.index && NAMED.test(text.slice(p.start, p.end))).at(-1);
    if (!before) continue;
    const unit = NAMED.exec(text.slice(before.start, before.end))![2].toLowerCase();
    const n = ORDINAL[m[1].toLowerCase()];
    const months = unit === "quarter" ? 3 : 6;
    if (n * months > 12) continue;
    const year = Number(before.period.start.slice(0, 4));
    const last = n * months;
    const period = periodFromBounds(
      `${year}-${pad(last - months + 1)}-01`,
      `${year}-${pad(last)}-${pad(lastDay(year, last))}`
    );
    out.push({period, start: m.index, end: m.index + m[0].length, pattern: `${unit}_elided`});
  }
  return out;
}
