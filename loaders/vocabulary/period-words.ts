/**
 * Words that decide how a period is read: the verbs of a count that stands on a day (a stock) rather than
 * runs through a span ("amounted to close to 4,000 through December 2016" stands on 31 December).
 */
export const STOCK_VERBS = [
  "stood at",
  "stands at",
  "standing at",
  "amounted to",
  "amounts to",
  "amounting to",
  "reached",
  "reaches",
  "has reached",
  "had reached",
  "numbered",
  "remained at",
  "remains at",
  "was estimated at",
  "were estimated at"
];

/** The days of the week, Sunday first as `Date.getUTCDay()` counts them. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
