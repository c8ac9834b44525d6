/**
 * "With approximately 5.6 million irregular Mexican migrants in the United States", "an estimated 400,000
 * undocumented migrants living in the country": an estimate of how many people stay somewhere irregularly is a
 * stock, standing on the day the document speaks, not a flow over the period a sentence before it named.
 */
import {monthPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

const ESTIMATE_BEFORE =
  /(?:approximately|about|around|some|roughly|nearly|almost|over|more\s+than|up\s+to|an\s+estimated|estimated(?:\s+at)?)\s+$/i;
const IRREGULAR_STAYING = new RegExp(
  String.raw`^(?:\s+(?:million|thousand|billion))?\s+(?:irregular|undocumented|illegal|unauthori[sz]ed|unregistered)\s+(?:[A-Z]\p{L}+\s+)?(?:migrants?|immigrants?|nationals|citizens|workers|residents|foreigners)\s+(?:(?:(?:who\s+)?(?:live|lived|reside|resided|stay|stayed)|living|residing|staying|present)\s+)?in\s+(?:the\s+)?(?:[A-Z]|(?:country|territory)\b)`,
  "u"
);

/** Whether the number at [start, end) is an estimate of people staying irregularly in a place. */
export function isIrregularStock(text: string, start: number, end: number): boolean {
  return ESTIMATE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && IRREGULAR_STAYING.test(text.slice(end));
}

/** A stock no sentence dates stands on the day, else the month, the document is dated to. */
export function documentStock(date: string | undefined): Period | null {
  const month = date && /^\d{4}-\d\d$/.test(date) ? monthPeriod(+date.slice(0, 4), +date.slice(5, 7)) : null;
  return documentDay(date) ?? (month ? {...month, stock: true} : null);
}

/** The day a document is dated to, as a stock's period; null when it is dated only to a month or a year. */
export function documentDay(date: string | undefined): Period | null {
  if (!date || !/^\d{4}-\d\d-\d\d$/.test(date)) return null;
  return {label: date, start: date, end: date, partial: true, stock: true};
}
