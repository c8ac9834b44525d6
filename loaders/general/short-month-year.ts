/**
 * "Mar 16", "Dec-15", "Jan'16": a month with a two-digit year, as monthly releases head their columns. Alone it
 * could be a day ("March 16"), so a run of such cells is read as months only when they follow one another
 * month by month, forwards or backwards ("Mar 16, Feb 16, Jan 16, Dec 15"), which days of a month never do.
 */
import {MONTH_OR_ABBREVIATION, monthOfWord} from "../periods/parse-period.js";

export interface ShortMonthYear {
  month: number;
  year: number;
}

export const SHORT_MONTH_YEAR_SOURCE = String.raw`(${MONTH_OR_ABBREVIATION})\s?[-'’/]?\s?(\d\d)`;
const WHOLE = new RegExp(`^${SHORT_MONTH_YEAR_SOURCE}$`, "i");

/** The month and year of one cell ("Mar 16": March 2016), whether or not its run confirms it. */
export function shortMonthYear(cell: string): ShortMonthYear | null {
  const m = WHOLE.exec(cell.trim());
  if (!m) return null;
  const yy = Number(m[2]);
  return {month: monthOfWord(m[1]), year: yy < 50 ? 2000 + yy : 1900 + yy};
}

/** Whether cells run month by month in one direction, two cells at least. */
export function consecutiveMonths(cells: ShortMonthYear[]): boolean {
  if (cells.length < 2) return false;
  const index = cells.map((c) => c.year * 12 + c.month - 1);
  const step = index[1] - index[0];
  return Math.abs(step) === 1 && index.every((v, i) => i === 0 || v - index[i - 1] === step);
}
