/**
 * Whether a number is foreseen rather than counted: a forecast marker ("may exceed", "is expected to
 * reach", "it is forecast that") earlier in the number's own clause makes it a forecast, plan or target.
 */
import {FORECAST_MARKERS} from "../vocabulary/forecasts.js";
import {alternation} from "./alternation.js";
import {numberClause} from "./number-clause.js";

const MARKER = new RegExp(`(?<![a-z])(?:${alternation(FORECAST_MARKERS)})(?![a-z])`, "gi");

/** True when a forecast marker stands in the clause of `text` that holds offset `at`, before it. */
export function isForecast(text: string, at: number): boolean {
  MARKER.lastIndex = 0;
  return MARKER.test(numberClause(text, at).before);
}
