/**
 * Whether a number is foreseen or aimed at rather than counted: a forecast marker ("may exceed", "is expected to
 * reach", "it is forecast that") earlier in the number's own clause, or an aim or plan just before it ("plans to
 * issue 20,000 permits", "aims to resettle 5,000 refugees", "a target of 3,000 returns", "continues its work to
 * enable the return of 1 million Syrians"), makes it a forecast, plan or target.
 */
import {FORECAST_MARKERS, INTENT_NOUNS, INTENT_PURPOSES, INTENT_VERBS} from "../vocabulary/forecasts.js";
import {alternation} from "./alternation.js";
import {numberClause} from "./number-clause.js";

const MARKER = new RegExp(`(?<![a-z])(?:${alternation(FORECAST_MARKERS)})(?![a-z])`, "i");

// An aim or a plan is read only within a few words before the number.
const INTENT = new RegExp(
  String.raw`\b(?:${alternation(INTENT_VERBS)})\s+to\s+(?:[a-z]+\s+){0,4}$` +
    String.raw`|\b(?:${alternation(INTENT_NOUNS)})\s+(?:of|is|was|to)\s+(?:[a-z]+\s+){0,3}$` +
    String.raw`|\b(?:${alternation(INTENT_PURPOSES)})\s+(?:the\s+)?[a-z]+\s+of\s+$` +
    // "will issue 500", but not the noun of "of their own free will and 200".
    String.raw`|\b(?<!(?:free|own|good)\s)will\s+(?!(?:and|or)\b)(?:be\s+)?(?:[a-z]+\s+){0,2}$`,
  "i"
);

/** True when the number at offset `at` of `text` is stated as a forecast, an aim or a plan (read in its own clause). */
export function isForecast(text: string, at: number): boolean {
  const before = numberClause(text, at).before;
  return MARKER.test(before) || INTENT.test(before);
}
