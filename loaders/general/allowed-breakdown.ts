/**
 * A citizenship read from a demonym is dropped when the indicator is not broken down by citizenship:
 * in "70 Azerbaijani diaspora organisations in Turkey" the demonym names the diaspora, and the
 * organisations are counted by country. Indicators the registry does not name keep all they read.
 */
import type {Breakdown} from "../types.js";
import {INDICATOR_BY_ID} from "../registry/index.js";

export function allowedBreakdown(indicator: string | null, breakdown: Breakdown): Breakdown {
  const allowed = indicator ? INDICATOR_BY_ID.get(indicator)?.breakdowns : undefined;
  if (!allowed || allowed.includes("citizenship") || !breakdown.citizenship) return breakdown;
  return {...breakdown, citizenship: null};
}
