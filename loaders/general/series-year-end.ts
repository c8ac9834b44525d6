/**
 * "the number of foreign residents increased from 1,956,781 in 2021 to 2,245,912 in 2022": each level of a stock a
 * change runs through, each dated by a bare year, is the level the stock stood at on that year's last day.
 */
import type {Period} from "../types.js";
import {APPROX_LEVEL} from "./change-level.js";

// "from 1,956,781", "to 2,245,912", ", to 2,507,584", "up from 392,081": a level the change starts from or reaches.
const LEVEL_LEAD = new RegExp(`(?<![a-z])(?:from|to)\\s+${APPROX_LEVEL}$`, "i");
const IN_YEAR = /^\s+in\s+((?:19|20)\d\d)(?![\d/–-])/;
// A level with its own year: a change dated at both ends is a series of levels ("rose to 676,142 in 2019" alone is not).
const DATED_LEVEL = new RegExp(`(?<![a-z])(?:from|to)\\s+${APPROX_LEVEL}\\d[\\d,.]*\\s+in\\s+(?:19|20)\\d\\d\\b`, "gi");

/** The last day of the year a stock's level in a change is dated by, or null when the number is no such level. */
export function seriesYearEnd(text: string, start: number, end: number, period: Period, stock: boolean): Period | null {
  if (!stock || period.stock) return null;
  const year = IN_YEAR.exec(text.slice(end, end + 12))?.[1];
  if (!year || period.start !== `${year}-01-01` || period.end !== `${year}-12-31`) return null;
  if (!LEVEL_LEAD.test(text.slice(Math.max(0, start - 40), start))) return null;
  if ((text.match(DATED_LEVEL) ?? []).length < 2) return null;
  const day = `${year}-12-31`;
  return {label: day, start: day, end: day, partial: false, stock: true};
}
