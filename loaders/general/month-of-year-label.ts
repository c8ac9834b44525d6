/**
 * A table row labelled by a month or a quarter ("January", "Feb.", "Q3", "2nd quarter") under a column or title of
 * a year counts within that year: its cells are of that month or quarter, not of the whole year.
 */
import {MONTH_OR_ABBREVIATION, monthOfWord, monthPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

const MONTH = new RegExp(`^(${MONTH_OR_ABBREVIATION})\\s*\\**$`, "i");
const QUARTER = /^(?:q([1-4])|([1-4])(?:st|nd|rd|th)\s+quarter|(first|second|third|fourth)\s+quarter)\s*\**$/i;
const ORDINALS = ["first", "second", "third", "fourth"];

/** The month or quarter a row label names within a calendar year's period, or null when it names none. */
export function monthOfYearLabel(label: string, year: Period): Period | null {
  const y = Number(year.start.slice(0, 4));
  if (year.start !== `${y}-01-01` || year.end !== `${y}-12-31`) return null;
  const text = label.trim();
  const month = MONTH.exec(text);
  if (month) return monthPeriod(y, monthOfWord(month[1]));
  const quarter = QUARTER.exec(text);
  if (!quarter) return null;
  const q = Number(quarter[1] ?? quarter[2] ?? ORDINALS.indexOf(quarter[3].toLowerCase()) + 1);
  return monthPeriod(y, q * 3 - 2, y, q * 3);
}
