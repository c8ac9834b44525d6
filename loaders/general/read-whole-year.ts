/**
 * "arrivals in the fourth quarter of 2017 were 1,388, with 4,118 arrivals for the year", "2,300 for the whole year": a
 * count said to be for the year is of the whole calendar year the period before it falls in.
 */
import {parsePeriodLabel} from "../periods/parse-period.js";
import type {Period} from "../types.js";

// "for the year", "for the whole year", "over the full year", right after the count, with no other figure between.
const FOR_THE_YEAR =
  /^[^.;:\d]{0,40}?\b(?:for|over)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year(?:\s+as\s+a\s+whole)?\b(?!\s+(?:ending|ended|to|until|through|of|before|after|earlier|later|(?:19|20)\d\d)\b)/i;

/** The calendar year of `p` when the words after the count say it is for the year and `p` is a part of one; else null. */
export function wholeYear(after: string, p: Period): Period | null {
  if (!FOR_THE_YEAR.test(after) || /^\d{4}$/.test(p.label) || !p.start || p.start.slice(0, 4) !== p.end.slice(0, 4))
    return null;
  return parsePeriodLabel(p.start.slice(0, 4));
}
