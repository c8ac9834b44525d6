/**
 * A weekly release's undated stock ("there are currently 1,200 detainees") stands on the last day of the week
 * it covers, since the release counts up to that day and not to the day it was published.
 */
import {findPeriods} from "../periods/parse-period.js";
import type {Period} from "../types.js";

const DAY = 86400000;
const days = (p: Period) => (Date.parse(p.end) - Date.parse(p.start)) / DAY + 1;
const isDay = (d: string) => /^\d{4}-\d\d-\d\d$/.test(d);

/**
 * The last day of the week a release covers, as a stock's period: `week` when its own day spans gave one, else
 * the latest span of five to eight days the text states that ends in the five weeks before `documentDate`.
 */
export function weekEndStock(text: string, week: Period | null, documentDate: string | undefined): Period | null {
  let end = week && isDay(week.end) ? week.end : null;
  if (!end && documentDate && isDay(documentDate)) {
    const earliest = new Date(Date.parse(`${documentDate}T00:00:00Z`) - 35 * DAY).toISOString().slice(0, 10);
    end =
      findPeriods(text)
        .map((f) => f.period)
        .filter((p) => isDay(p.start) && isDay(p.end) && days(p) >= 5 && days(p) <= 8)
        .map((p) => p.end)
        .filter((e) => e < documentDate && e >= earliest)
        .sort()
        .at(-1) ?? null;
  }
  return end ? {label: end, start: end, end, partial: true, stock: true} : null;
}
