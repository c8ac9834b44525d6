/**
 * "the number increased to 1855 in 2008, 2024 in 2009, 2049 in 2010": a figure shaped like a year, listed with the
 * year it was counted in, is a count. Only a list's comma or a verb's "to", "with" or "of" may lead it, so "in 2019
 * in 2020" and "the 2019 in 2020 figures" stay years.
 */
const COUNT_BEFORE_YEAR = /^\s+in\s+(?:19|20)\d\d(?!\d)/;
const LISTED_COUNT_LEAD = /(?:[,;]|\band|\bto|\bwith|\bof)\s*$/i;

/** Whether a year-shaped figure, between `before` and `after`, is a count listed with its year. */
export function isYearShapedCount(before: string, after: string): boolean {
  return COUNT_BEFORE_YEAR.test(after) && LISTED_COUNT_LEAD.test(before);
}
