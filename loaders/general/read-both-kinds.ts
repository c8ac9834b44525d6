/**
 * "(80 sex trafficking, 30 labor trafficking, and 10 both)", "five were exploited in forced labor, three in sex
 * trafficking, and two in both": a part said to be of "both" is of the two kinds the parts before it name together.
 */
import type {Breakdown} from "../types.js";
import {isStatusCategory} from "./read-counted.js";

/** The parts of a reading this rule looks at and sets. */
export interface KindPart {
  q: {start: number; end: number; kind: string};
  breakdown: Breakdown;
}

/** "10 both", "two were victims of both", "one in both": "both" with nothing after it naming what. */
const BOTH =
  /^\s+(?:(?:were|was)\s+)?(?:(?:an?\s+|the\s+)?victims?\s+)?(?:(?:of|to|in|for)\s+)?both(?=\s*(?:[,;.)]|—|(?:and|or|while|whereas)\b|$))/i;

/** Names the two kinds listed before a part of "both" as that part's kind. */
export function bothKinds(text: string, live: KindPart[]): void {
  for (const [i, r] of live.entries()) {
    if (r.q.kind !== "count" || !BOTH.test(text.slice(r.q.end))) continue;
    // The kinds the sentence names before it, in order; exactly two make a "both".
    const kinds: string[] = [];
    for (const c of live.slice(0, i).map((x) => x.breakdown.category))
      if (c && !isStatusCategory(c) && !kinds.includes(c)) kinds.push(c);
    if (kinds.length === 2) r.breakdown.category = `${kinds[0]} and ${kinds[1]}`;
  }
}
