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

/** Words of people standing somewhere in a year ("resident aliens in 2015"): a stock, not events that ran through it. */
export const STANDING_WORDS = [
  "resident",
  "residing",
  "living",
  "hosted",
  "hosting",
  "population",
  "stock",
  "currently",
  "there are",
  "there were",
  "there is",
  "there was"
];

/**
 * Phrases naming the year before the one a sentence spoke of ("compared to 3,000 the year before"); readers add
 * their own ("last year" counts from the document's date for a government year).
 */
export const YEAR_BEFORE_PHRASES = [
  "the previous year",
  "the preceding year",
  "the year before",
  "the year prior",
  "a year earlier",
  "a year before"
];

/** The days of the week, Sunday first as `Date.getUTCDay()` counts them. */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Nepal's Bikram Sambat: its year Y opens on 1 Baisakh, about 14 April of Gregorian year Y − 57. */
export const BIKRAM_SAMBAT = {
  marks: ["B.S.", "B.S", "BS", "V.S.", "V.S", "VS", "Bikram Sambat"],
  yearsAhead: 57,
  opens: "04-14"
};

/**
 * Marks after a year of another calendar ("the year 2070 B.S (2013/14)", "1440 AH"): no Gregorian year and no count;
 * matched case-sensitively, since "BS" and "EC" are initials.
 */
export const OTHER_ERAS = [...BIKRAM_SAMBAT.marks, "A.H.", "AH", "E.C.", "EC", "Hijri"];

/**
 * Words that name a year by the last one the text named before them, with how many years after it they fall
 * ("In 2020, 977 requests were made. In the same year, only 15 transfers were carried out").
 */
export const YEAR_ANAPHORS: {words: string[]; offset: number}[] = [
  {words: ["the following year", "the next year", "the subsequent year", "a year later"], offset: 1},
  {words: ["the same year", "that same year", "that year", "this same year"], offset: 0}
];

/**
 * A country visit's report speaks of what stood during the visit: the nouns that name the visit ("visited the
 * country from 12 to 21 December 2006", "his mission to Qatar from 3 to 10 November 2013") and the phrases that date
 * a figure to it ("during the visit", "at the time of the visit").
 */
export const VISIT_NOUNS = ["visit", "visits", "visited", "mission"];
export const VISIT_TIMES = [
  "during the visit",
  "during his visit",
  "during her visit",
  "during my visit",
  "during the mission",
  "during the official visit",
  "during the country visit",
  "at the time of the visit",
  "at the time of his visit",
  "at the time of her visit",
  "at the time of my visit",
  "on the day of the visit",
  "on the day of his visit",
  "on the day of her visit"
];

/** Parts of a day that name no period of their own: "on the night of April 11" is April 11. */
export const TIMES_OF_DAY = ["night", "morning", "evening", "afternoon", "early hours", "small hours", "early morning"];
