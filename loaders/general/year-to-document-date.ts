/**
 * "31,720 refugees have returned in 2017 alone" in an update dated 15 September 2017: a flow in the present perfect,
 * counted in a year still running on the day the document speaks on, covers the year up to that day; one counted
 * "as at" a day of the year it names covers the year up to that day.
 */
import {findDates, periodFromBounds} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {eventsIn} from "./resolve-indicator.js";

// "have returned", "has been identified": the perfect of an event speaks of a count up to now ("has been revised
// upward to 113,000" counts nothing that happened).
const PERFECT = /\b(?:has|have)\s+(?:(?:also|so\s+far|already|now)\s+)?(?:been\s+)?([a-z]+(?:ed|en|wn|t))\b/gi;

/** Whether a period runs from 1 January to 31 December of one year. */
function isCalendarYear(period: Period): boolean {
  const year = period.start.slice(0, 4);
  return period.start === `${year}-01-01` && period.end === `${year}-12-31`;
}

// "As at 31 August 2017, some 99,105 people … had arrived in Italy in 2017": the day a flow is counted up to.
const AS_AT = /\b[Aa]s\s+(?:at|of)\s+$/;

/** The year up to the day an "as at" opening names, when a flow's period is a calendar year holding that day; else null. */
export function yearToAsAtDay(sentence: string, period: Period, stock: boolean): Period | null {
  if (stock || period.stock || !isCalendarYear(period)) return null;
  const day = findDates(sentence).find((d) => AS_AT.test(sentence.slice(Math.max(0, d.start - 8), d.start)));
  if (!day || day.period.end <= period.start || day.period.end >= period.end) return null;
  return periodFromBounds(period.start, day.period.end);
}

/**
 * The year up to the document's day when a flow in a sentence in the perfect is counted in a calendar year that day
 * falls inside; else null.
 */
export function yearToDocumentDate(
  sentence: string,
  period: Period,
  documentDate: string | undefined,
  stock: boolean
): Period | null {
  if (stock || period.stock || !documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate)) return null;
  if (![...sentence.matchAll(PERFECT)].some((m) => eventsIn(m[1].toLowerCase()).length > 0)) return null;
  if (!isCalendarYear(period) || documentDate <= period.start || documentDate >= period.end) return null;
  return periodFromBounds(period.start, documentDate);
}
