/**
 * Words that make a number a rate or an average over time ("the average number of victims a year was
 * around 100", "some 10,000 persons a year") rather than a count of one period. With no period stated
 * beside it such a number belongs to no period, and the general reader keeps it as a candidate.
 */

/** Phrases before a number, in its clause, that make it an average. */
export const AVERAGE_MARKERS: string[] = ["average", "on average", "an average of", "the average number of", "mean"];

/** Openings that make every count of their sentence an average: "On average, 50 cases were found a day, and 200 …". */
export const AVERAGE_OPENINGS: string[] = [
  "on average",
  "on an average day",
  "on a typical day",
  "on average each day"
];

/** Rhythms an average is kept at, right beside its number: "a daily average of 458", "the 548 average daily movements". */
export const AVERAGE_RHYTHMS: string[] = ["daily", "weekly", "monthly", "quarterly", "annual", "yearly"];

/** Words of a statistic that is an average, as the subject of a sentence ("the median number of X was 12"). */
export const AVERAGE_WORDS: string[] = ["average", "mean", "median"];

/**
 * Phrases in a number's clause that make it a rate per unit of time. "each year" and "every day" are left
 * out: "three each year in Almaty and Astana" distributes a count as often as it states a rate.
 */
export const PER_TIME_MARKERS: string[] = [
  "a year",
  "per year",
  "per annum",
  "annually",
  "yearly",
  "a month",
  "per month",
  "monthly",
  "a week",
  "per week",
  "weekly",
  "a day",
  "per day",
  "daily",
  // "10,000 foreigners enter the country each day": "each" and "every" before a unit of time make a rate as "a" does.
  "each day",
  "every day",
  "each week",
  "every week",
  "each month",
  "every month",
  // "Three each year in Almaty and Astana": "each year" after a count shares it out among places as often as years.
  "every year"
];

/**
 * Words naming a publication: what "monthly" may qualify as its rhythm, not a rate ("according to monthly statistical
 * data"), and what a time "issued" or "published" dates instead of its counts.
 */
export const PUBLICATION_NOUNS: string[] = [
  "statistical",
  "statistics",
  "data",
  "figures",
  "report",
  "reports",
  "bulletin",
  "bulletins",
  "release",
  "releases",
  "update",
  "updates",
  "briefing",
  "newspaper",
  "review",
  "reviews",
  "survey",
  "surveys",
  "study",
  "studies"
];
