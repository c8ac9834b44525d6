/**
 * Days and weeks counted back from the day an item is dated: "over the past 10 days", "in the last two weeks". The
 * span runs from the same day that many days before to the item's day, as "the past three months" does for months.
 */
import {periodFromBounds, type FoundPeriod} from "../periods/parse-period.js";
import {COUNTS} from "./read-past-months.js";

const PAST_DAYS = new RegExp(
  String.raw`\b(?:(?:over|in|during|within|for|throughout)\s+)?the\s+(?:past|last|previous|preceding)\s+(${COUNTS.join("|")}|[2-9]|[1-9]\d)\s+(days|weeks)\b(?!\s+(?:of|before|after|since|ago|alone)\b)(?!['’])`,
  "gi"
);

const DAY_MS = 86_400_000;

/** The spans "the past 10 days" and "the last two weeks" name in a sentence of an item read on the day `asOf`. */
export function pastDays(text: string, asOf: string | undefined): FoundPeriod[] {
  if (!asOf || !/^\d{4}-\d\d-\d\d$/.test(asOf) || !/\b(?:days|weeks)\b/i.test(text)) return [];
  return [...text.matchAll(PAST_DAYS)].map((m) => {
    const n = /\d/.test(m[1]) ? Number(m[1]) : COUNTS.indexOf(m[1].toLowerCase()) + 2;
    const days = m[2].toLowerCase() === "weeks" ? n * 7 : n;
    const start = new Date(Date.parse(`${asOf}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
    return {period: periodFromBounds(start, asOf), start: m.index, end: m.index + m[0].length, pattern: "past_days"};
  });
}

// "Last week, 51 refugees went home": the calendar week before the item's, Monday to Sunday ("the last week" is the
// week a weekly release states, read apart).
const LAST_WEEK = /(?<!\bthe\s)\blast\s+week\b(?!['’])(?!\s+of\b)/gi;

/** The calendar week before the one of the day `asOf`, Monday to Sunday, wherever "last week" names it. */
export function lastWeek(text: string, asOf: string | undefined): FoundPeriod[] {
  if (!asOf || !/^\d{4}-\d\d-\d\d$/.test(asOf) || !/\bweek\b/i.test(text)) return [];
  const day = Date.parse(`${asOf}T00:00:00Z`);
  // Days since the Monday of the item's week (Sunday is the seventh day of its week).
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  const monday = day - (sinceMonday + 7) * DAY_MS;
  const at = (t: number) => new Date(t).toISOString().slice(0, 10);
  const period = periodFromBounds(at(monday), at(monday + 6 * DAY_MS));
  return [...text.matchAll(LAST_WEEK)].map((m) => ({
    period,
    start: m.index,
    end: m.index + m[0].length,
    pattern: "last_week"
  }));
}
