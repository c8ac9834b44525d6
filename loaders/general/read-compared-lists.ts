/**
 * "the MFA repatriated 13,714 Indonesian nationals, and foreign governments deported 27,855, compared to 9,039
 * repatriations and 85,490 deportations in 2015": a comparison listing as many counts as the clause before it
 * sets each against the count in the same place, and each is of that count's citizenship, place, sex, age and kind
 * where its own words name none.
 */
import type {Breakdown} from "../types.js";
import {CATEGORIES} from "../vocabulary/nouns.js";

export interface ListedCount {
  q: {start: number; end: number; kind: string; excluded?: string | null};
  breakdown: Breakdown;
  inParen: boolean;
}

const MARKER = /\b(?:compared\s+(?:with|to)|versus|as\s+against)\s/gi;
const KEYS = ["citizenship", "country", "sex", "age_group", "category"] as const;
const YEAR = /\b(?:19|20)\d\d\b/;
const STATUS = new Set(CATEGORIES.filter((c) => c.status).map((c) => c.label));

export function comparedLists<T extends ListedCount>(text: string, live: T[]): void {
  for (const m of text.matchAll(MARKER)) {
    const at = m.index! + m[0].length;
    const stop = /[;.]/.exec(text.slice(at));
    const end = stop ? at + stop.index : text.length;
    const open = Math.max(text.lastIndexOf(";", m.index!), text.lastIndexOf(". ", m.index!)) + 1;
    const counts = live.filter((r) => r.q.kind === "count" && !r.inParen);
    const before = counts.filter((r) => r.q.start >= open && r.q.end <= m.index!);
    const after = counts.filter((r) => r.q.start >= at && r.q.end <= end);
    if (before.length < 1 || after.length !== before.length) continue;
    // "compared with 184 in 2016 and 121 in 2015" lists years of one count, not a count for each before it.
    if (after.some((r, k) => k > 0 && YEAR.test(text.slice(after[k - 1].q.end, r.q.start)))) continue;
    // "compared with 40 and 19, respectively": the pairing is said outright, over what the counts took from a neighbour.
    const respectively = /\brespectively\b/.test(text.slice(at, end));
    for (const [k, r] of after.entries())
      for (const key of KEYS) {
        const value = before[k].breakdown[key];
        // How sure an identification was ("potential") is said of each year's count on its own.
        if ((respectively || !r.breakdown[key]) && value && !(key === "category" && STATUS.has(value)))
          r.breakdown[key] = value;
      }
  }
}
