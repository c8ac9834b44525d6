/**
 * "the Commission’s statistic (60) reflected a multi-year decline from 94 in 2019 and 130 in 2018": a figure
 * named by a word for a figure and given again in brackets restates a count just stated, and the counts after it
 * are compared with it.
 */

const FIGURE_WORD = /\b(?:statistics?|figures?|numbers?|totals?|counts?|tally|data)\s*\(\s*$/i;

/** Whether the words before a bracketed number name it as a figure ("statistic (", "the total ("). */
export function namesFigure(before: string): boolean {
  return FIGURE_WORD.test(before);
}

/** Whether a sentence gives a figure again in brackets after a word for a figure ("the statistic (60)"). */
export function restatesFigure(text: string): boolean {
  return /\b(?:statistics?|figures?|numbers?|totals?|counts?|tally|data)\s*\(\s*\d[\d,.]*\s*\)/i.test(text);
}
