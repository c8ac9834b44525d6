/**
 * "31,720 refugees have returned in 2017 alone" in an update dated 15 September 2017: a flow in the present perfect,
 * counted in a year still running on the day the document speaks on, covers the year up to that day; one counted
 * "as at" a day of the year it names covers the year up to that day.
 */
import {addDays, findDates, periodFromBounds} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {eventsIn} from "./resolve-indicator.js";
import {alternation} from "./alternation.js";
import {FORECAST_MARKERS, PLAN_WORDS} from "../vocabulary/forecasts.js";
import {STANDING_WORDS} from "../vocabulary/period-words.js";

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

// "127 refugees released from detention in 2021", in an update of July 2021: events "in" a year still running when
// the document speaks have happened up to that day, whatever the tense; a forecast or a plan is no count at all.
const IN_YEAR = (year: string) =>
  new RegExp(String.raw`\b(?:in|during)\s+(?:the\s+year\s+)?${year}\b(?!\s*[-–/]\s*\d)`, "i");
// "the number of resident aliens in 2015": people standing in a year are a stock, not events up to a day.
const STANDING = new RegExp(String.raw`\b(?:${alternation(STANDING_WORDS)})\b`, "i");
const PARTICIPLE = /\b([a-z]+(?:ed|en|wn))\b/gi;
const PLANNED = new RegExp(String.raw`\b(?:${alternation([...FORECAST_MARKERS, ...PLAN_WORDS])})\b`, "i");

/** Whether a sentence counts events in the named year, not foreseen or planned ones. */
function inRunningYear(sentence: string, year: string): boolean {
  if (!IN_YEAR(year).test(sentence) || PLANNED.test(sentence) || STANDING.test(sentence)) return false;
  return [...sentence.matchAll(PARTICIPLE)].some((m) => eventsIn(m[1].toLowerCase()).length > 0);
}

/**
 * The year up to the document's day when a flow in a sentence in the perfect (or, in an update reporting up to its day,
 * in any tense) is counted in a calendar year that day falls inside; else null.
 */
export function yearToDocumentDate(
  sentence: string,
  period: Period,
  documentDate: string | undefined,
  stock: boolean,
  reporting: Period | null = null
): Period | null {
  if (stock || period.stock || !documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate)) return null;
  if (!isCalendarYear(period) || documentDate <= period.start || documentDate >= period.end) return null;
  const perfect = [...sentence.matchAll(PERFECT)].some((m) => eventsIn(m[1].toLowerCase()).length > 0);
  // Past events in any tense run to the day only in an update that reports up to its own day (a release on an earlier
  // month may relay a whole year); one dated in December gives the year's figures whole, as a year-end review does.
  const upToDay = Boolean(
    reporting && reporting.end >= addDays(documentDate, -31) && reporting.end <= addDays(documentDate, 7)
  );
  if (!perfect && (!upToDay || documentDate.slice(5, 7) === "12" || !inRunningYear(sentence, period.start.slice(0, 4))))
    return null;
  return periodFromBounds(period.start, documentDate);
}
