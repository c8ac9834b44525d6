/**
 * "Until six in the morning this Wednesday", "as of last Monday", "up to Friday": press items date a count by a
 * weekday, which names the latest such day on or before the item's own date ("last" the one before it). So do the
 * events they report: "were escorted back to Havana on Tuesday", "the coast guard said Saturday".
 */
import {oneDay} from "./resolve-event-day.js";
import {addDays, MONTH_OR_ABBREVIATION, type FoundPeriod} from "../periods/parse-period.js";
import {WEEKDAYS} from "../vocabulary/period-words.js";
import {SAYING_VERBS} from "../vocabulary/speech.js";

// A time of day may stand between the lead and the weekday: "until six in the morning this Wednesday", "as of 8 a.m. Monday".
const TIME_OF_DAY = String.raw`(?:(?:[a-z]+|\d{1,2}(?:[:.]\d\d)?)\s+(?:o'clock\s+)?(?:in\s+the\s+)?(?:morning|afternoon|evening|night)|midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|hours|hrs|h))\s+(?:on\s+|of\s+)?`;
const WEEKDAY_DATE = new RegExp(
  String.raw`(?<![a-z])(as\s+(?:of|at)|until|till|up\s+to|by)\s+(?:${TIME_OF_DAY})?(?:(this|last|past)\s+|on\s+)?(${WEEKDAYS.join("|")})(?![a-z])`,
  "gi"
);

/** The latest `weekday` on or before the item's day, as YYYY-MM-DD; "last Monday" in an item of a Monday is a week before. */
function dayOf(published: Date, weekday: string, which: string | undefined): string {
  const back = (published.getUTCDay() - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7;
  const days = back === 0 && /^(?:last|past)$/i.test(which ?? "") ? 7 : back;
  return addDays(published.toISOString(), -days);
}

export interface WeekdayDate {
  /** The lead ("as of", "until", …), which says whether the count stands on the day or runs up to it. */
  lead: string;
  /** The day, as YYYY-MM-DD. */
  day: string;
  start: number;
  end: number;
}

/** The days a sentence names by weekday, in an item dated to the day; none in an item dated only by month or year. */
export function weekdayDates(text: string, documentDate: string | undefined): WeekdayDate[] {
  if (!documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate) || !/day\b/i.test(text)) return [];
  const published = new Date(`${documentDate}T00:00:00Z`);
  const out: WeekdayDate[] = [];
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    out.push({lead: m[1], day: dayOf(published, m[3], m[2]), start: m.index, end: m.index + m[0].length});
  }
  return out;
}

// "on Tuesday", "last Wednesday", "this Monday", a weekday right after a verb of saying or doing ("reported
// Friday"), and one that closes a clause after a lower-case word ("repatriated 203 Cubans to the island nation
// Saturday, following …"); a weekday that a date follows ("on Monday, August 3rd") is that date's, read with it.
const EVENT_WEEKDAY = new RegExp(
  String.raw`(?<![a-z])(?:(on|last|this|past)\s+|(?<=[a-z]ed\s)|(?<=\s[a-z]+\s)(?=(?:${WEEKDAYS.join("|")})(?:\s*[,;.]|\s+(?:after|following|when|while|before|as)\b)))(${WEEKDAYS.join("|")})(?![a-z])(?!,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_OR_ABBREVIATION})\b|(?:${MONTH_OR_ABBREVIATION})\.?\s+\d|\d{1,2}\s*[/.]\s*\d))(?!\s+(?:night|morning|afternoon|evening)\s+(?:of|to)\b)`,
  "gi"
);
const SAYING = `(?:${SAYING_VERBS.join("|")})`;
const SAYING_BEFORE = new RegExp(
  String.raw`(?:\b${SAYING}\s+(?:\S+\s+){0,4}|\b(?:conference|briefing|statement|interview|release|communiqu[eé])\s+)(?:on\s+|last\s+|this\s+)?$`,
  "i"
);
const SAYING_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:\S+\s+){0,3}${SAYING}\b`, "i");
const STOCK_LEAD = /(?:as\s+(?:of|at)|until|till|up\s+to)\s+(?:\S+\s+){0,4}$/i;

/** The days events are dated to by their weekday, in an item dated to the day; none in one dated only by month or year. */
export function eventWeekdays(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (!documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate) || !/day\b/i.test(text)) return [];
  const published = new Date(`${documentDate}T00:00:00Z`);
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(EVENT_WEEKDAY)) {
    // A weekday closing a clause follows a lower-case word, never a name's ("Good Friday").
    if (!m[1] && !/(?:^|\s)[a-z]+\s$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "as of last Monday" is a stock's day, read with the stock dates.
    if (STOCK_LEAD.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "He indicated Sunday that …", "(IOM) on Sunday said": the day something was said, not the day it counts.
    if (saidOn(text, m.index, m.index + m[0].length)) continue;
    out.push({
      period: oneDay(dayOf(published, m[2], m[1])),
      start: m.index,
      end: m.index + m[0].length,
      pattern: "event_day"
    });
  }
  return out;
}

/** Whether the day written at [start, end) is the day something was said ("told a briefing on Friday", "said today"). */
export function saidOn(text: string, start: number, end: number): boolean {
  return SAYING_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || SAYING_AFTER.test(text.slice(end, end + 30));
}
