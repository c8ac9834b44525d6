/**
 * Words of flattened tables' headers and rows that are no row labels of their own: a column of percent
 * change beside the yearly columns, a footnote mark after a header cell, and words that open a row that is
 * a part of the row above it.
 */

/** Words that name a change column when a percent sign or the word percent goes with them ("% Change", "Var. (%)"). */
export const CHANGE_COLUMN_WORDS: string[] = [
  "change",
  "changes",
  "variation",
  "var.",
  "var",
  "difference",
  "diff.",
  "growth",
  "increase/decrease",
  "evolution"
];

/** Words that open a row counting a part of the row above it ("of which cruise travellers"). */
export const PART_ROW_OPENERS: string[] = ["of which", "of whom", "including", "incl.", "among them", "thereof"];
