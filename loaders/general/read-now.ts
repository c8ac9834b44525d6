/**
 * Whether a number is stated for "now" ("there are currently 1,953 Chinese citizens …") in a document not
 * dated to the day: the day the statement speaks of is then unknown, and a date later in the sentence
 * ("… left in January 2020") is no date of that stock.
 */
import {NOW_MARKERS} from "../vocabulary/now.js";
import {alternation} from "./alternation.js";

const NOW = new RegExp(`(?<![a-z])(?:${alternation(NOW_MARKERS)})(?![a-z])`, "i");

/**
 * True when a "now" word stands before offset `at` in `text`, no period is named before that word
 * (`periodStarts` are the offsets of the sentence's periods), and `documentDate` is not a day.
 */
export function undatedNow(
  text: string,
  at: number,
  periodStarts: number[],
  documentDate: string | undefined
): boolean {
  if (/^\d{4}-\d\d-\d\d$/.test(documentDate ?? "")) return false;
  const m = NOW.exec(text.slice(0, at));
  return m !== null && periodStarts.every((p) => p > m.index);
}
