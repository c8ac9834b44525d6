/**
 * "The government prosecuted three cases, compared with two cases last year": a figure set against a count is of
 * another period than the count, so when its words resolve to the count's own period (a chapter on 2017 published in
 * 2018 says "last year" of 2016) it is of the period before.
 */
import type {Breakdown, Period} from "../types.js";
import {precedingPeriod} from "./preceding-period.js";

// The words that set a figure against the count before it, right before the figure.
const SET_AGAINST =
  /\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+against|versus|vs\.?)\s+(?:only\s+|just\s+|about\s+|some\s+)?$/i;

const same = (a: Period, b: Period) => a.start === b.start && a.end === b.end;

/** The compared figure's period: the one before the count's when both resolved to the same, else its own. */
export function comparedFigurePeriod(lead: string, own: Period, countPeriod: Period | undefined): Period {
  if (!countPeriod || !same(own, countPeriod) || !SET_AGAINST.test(lead)) return own;
  return precedingPeriod(own) ?? own;
}

/** Whether two breakdowns name the same part: the same value, or none, for every key. */
export function sameBreakdown(a: Breakdown, b: Breakdown): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Breakdown)[]);
  return [...keys].every((k) => (a[k] ?? null) === (b[k] ?? null));
}
