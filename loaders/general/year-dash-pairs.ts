/**
 * "In 2015, 767 people emigrated, in 2014 – 740, in 2013 – 945": a figure after a year and a spaced dash is that
 * year's, whatever year follows it.
 */
import type {Period} from "../types.js";
import {yearPeriod} from "../periods/parse-period.js";

const YEAR_DASH = /(?<![\d.,/-])((?:19|20)\d\d)\s[-–]\s$/;

/** The year a figure starting at `start` is paired with by a dash before it, or null. */
export function yearBeforeDash(text: string, start: number): Period | null {
  const m = YEAR_DASH.exec(text.slice(Math.max(0, start - 12), start));
  return m ? yearPeriod(Number(m[1])) : null;
}
