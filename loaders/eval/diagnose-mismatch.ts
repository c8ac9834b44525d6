/**
 * Why a core gold record was missed, or why a row is unexplained: the nearest statement on the other side that
 * shares the value. Most misses on new text are a right number read with another period or breakdown, and the
 * fix for each lies in a different part of the reader, so the report counts them apart.
 */
import type {Observation} from "../types.js";
import {BREAKDOWN_RULE, baseValue, breakdownsAgree, sameDate, valuesEqual, type BreakdownRule} from "./match-gold.js";
import type {GoldRecord} from "./read-gold.js";

/** Nearest first: the row or record that differs in fewest ways decides. */
export const MISMATCHES = ["other breakdown", "other period", "other period and breakdown", "value not found"] as const;
export type Mismatch = (typeof MISMATCHES)[number];

interface Dated {
  value: number;
  unit?: string | null;
  period_start: string | null;
  period_end: string | null;
}

function mismatch(samePeriod: boolean, sameBreakdown: boolean): Mismatch {
  if (!samePeriod) return sameBreakdown ? "other period" : "other period and breakdown";
  // Same period and breakdown with an equal value is a match, which the callers never ask about.
  return "other breakdown";
}

function nearest<T extends Dated>(target: Dated, others: T[], agree: (other: T) => boolean): Mismatch {
  let best = MISMATCHES.length - 1;
  for (const o of others) {
    if (!valuesEqual(baseValue(o), baseValue(target))) continue;
    const period = sameDate(o.period_start, target.period_start) && sameDate(o.period_end, target.period_end);
    best = Math.min(best, MISMATCHES.indexOf(mismatch(period, agree(o))));
  }
  return MISMATCHES[best];
}

/** Why no row matches this gold record: the nearest row with its value, or none. */
export function whyMissed(gold: GoldRecord, rows: Observation[], rule: BreakdownRule = BREAKDOWN_RULE): Mismatch {
  return nearest(gold, rows, (row) => breakdownsAgree(gold.breakdown, row, rule));
}

/** Why this row matches no gold record: the nearest record with its value, or none. */
export function whyUnexplained(
  row: Observation,
  records: GoldRecord[],
  rule: BreakdownRule = BREAKDOWN_RULE
): Mismatch {
  return nearest(row, records, (g) => breakdownsAgree(g.breakdown, row, rule));
}

/** How many of each mismatch, in the fixed order, zeros included so reports line up. */
export function countMismatches(all: Mismatch[]): Record<Mismatch, number> {
  const out = Object.fromEntries(MISMATCHES.map((m) => [m, 0])) as Record<Mismatch, number>;
  for (const m of all) out[m]++;
  return out;
}
