/**
 * "prosecution of 41 suspects in 11 cases for sex trafficking": people counted in a number of cases are of the kind
 * those cases are of, as the words after the cases name it.
 */
import type {Breakdown} from "../types.js";
import {isStatusCategory} from "./read-counted.js";
import {joinsInvolved} from "./involving-clause.js";

/** The parts of a reading this rule looks at and sets. */
export interface CasePart {
  q: {start: number; end: number; kind: string};
  counted: {end: number};
  noun: {lemma: string; person?: boolean} | null;
  breakdown: Breakdown;
}

/** Only "in", "across" or "from" between the people and their cases. */
const IN_CASES = /^\s*(?:in|across|from|involved\s+in)\s+(?:a\s+total\s+of\s+)?$/i;

/** Gives people counted in cases the kind of those cases where they name none of their own. */
export function shareCaseKind(text: string, live: CasePart[]): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "count" || !r.noun?.person || r.breakdown.category) continue;
    const after = live[i + 1];
    const before = live[i - 1];
    // "39 sex trafficking cases involving 31 suspects": the cases come first and the people are involved in them.
    const cases =
      after?.noun?.lemma === "case" && IN_CASES.test(text.slice(r.counted.end, after.q.start))
        ? after
        : before?.noun?.lemma === "case" && joinsInvolved(text.slice(before.q.end, r.q.start))
          ? before
          : null;
    if (!cases) continue;
    const kind = cases.breakdown.category;
    if (kind && !isStatusCategory(kind)) r.breakdown.category = kind;
  }
}
