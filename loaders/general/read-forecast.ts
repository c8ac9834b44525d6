/**
 * Whether a number is foreseen rather than counted: a forecast marker ("may exceed", "is expected to
 * reach", "it is forecast that") earlier in the number's own clause makes it a forecast, plan or target.
 */
import {FORECAST_MARKERS} from "../vocabulary/forecasts.js";
import {alternation} from "./alternation.js";

const MARKER = new RegExp(`(?<![a-z])(?:${alternation(FORECAST_MARKERS)})(?![a-z])`, "gi");

// A clause ends at a semicolon, a closing bracket, a full stop before a capital, or a clause joined by a comma.
const CLAUSE_END = /;|\)|\.\s+(?=[A-Z])|,\s*(?:while|whereas|but|and)\s|\s[-–—]\s/g;

/** True when a forecast marker stands in the clause of `text` that holds offset `at`, before it. */
export function isForecast(text: string, at: number): boolean {
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m && m.index < at; m = CLAUSE_END.exec(text)) start = m.index + m[0].length;
  // "Returns, which are expected to grow, stood at 3,100": a relative clause forecasts its own verb only.
  const clause = text.slice(start, at).replace(/,\s*(?:which|who)\b[^,]*,/gi, ",");
  MARKER.lastIndex = 0;
  return MARKER.test(clause);
}
