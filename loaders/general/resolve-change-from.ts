/**
 * "the number of permits increased from 165,000 to 197,500": the figure after "from" is the earlier period's,
 * the same months a year before when the period lies within one year, else the period as long before it.
 */
import type {Period} from "../types.js";
import {periodFromBounds} from "../periods/parse-period.js";
import {precedingPeriod} from "./preceding-period.js";

const FROM = /(?<![a-z])(?:increased|decreased|rose|fell|grew|declined|dropped)\s+from\s+$/i;
const TO = /^\s+to\s+\d/;

const yearBefore = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
};

/** The earlier period of a change's "from" figure at [start, end) of a sentence, or null when it is none. */
export function changeFromPeriod(text: string, start: number, end: number, period: Period): Period | null {
  if (!FROM.test(text.slice(Math.max(0, start - 40), start)) || !TO.test(text.slice(end, end + 12))) return null;
  if (period.stock || !/^\d{4}-\d\d-\d\d$/.test(period.start) || !/^\d{4}-\d\d-\d\d$/.test(period.end)) return null;
  if (period.start.slice(0, 4) === period.end.slice(0, 4))
    return periodFromBounds(yearBefore(period.start), yearBefore(period.end));
  return precedingPeriod(period);
}
