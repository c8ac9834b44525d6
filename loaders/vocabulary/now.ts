/**
 * Words that date a number to the day it was stated ("there are currently 1,953 …"): only a document
 * dated to the day says which day that is.
 */
export const NOW_MARKERS: string[] = [
  "currently",
  "at present",
  "presently",
  "at the moment",
  "as of today",
  "as of now",
  "to date",
  "at the present time",
  "until now",
  "up to now",
  "by now"
];

/**
 * "now" alone dates a count to the day too ("there are now 17,000 refugees", "the backlog now stands at 718"),
 * except in these phrases, where it is no time of any count.
 */
export const NOT_NOW: string[] = ["from now", "now that", "now-", "now,"];

/** Words after a counted noun that make it a backlog on a day ("3,000 cases pending before the office"). */
export const BACKLOG_MARKERS: string[] = ["pending", "awaiting", "outstanding", "still open", "yet to be decided"];

/**
 * Time words that may follow a bare number ("declined to 18,209 last year"): they date the number and never
 * say what it counts.
 */
export const TIME_AFTER_NUMBER: string[] = [
  "last year",
  "this year",
  "next year",
  "last month",
  "this month",
  "last week",
  "this week",
  "the previous year",
  "the preceding year",
  "the year before",
  "the previous month",
  "the preceding month",
  "the month before",
  "a month earlier",
  "a year earlier",
  "a year ago",
  "the same year",
  "the following year",
  "so far this year",
  "yesterday",
  "today",
  "last quarter"
];
