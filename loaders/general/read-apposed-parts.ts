/**
 * "intercepted 599 Ugandan travelers, 477 females and 122 males, attempting to …": counts set after a whole by a
 * comma or in a bracket, that add up to it, or listed after "including", are its parts, so each is also of the
 * whole's citizenship, country, age, sex and kind where its own words name none (a crossed part).
 */
import type {Breakdown} from "../types.js";

/** The parts of a reading this rule looks at and sets. */
export interface ApposedCount {
  q: {start: number; end: number; kind: string; value: number};
  counted: {end: number; copular: boolean};
  noun: unknown;
  breakdown: Breakdown;
  inParen: boolean;
}

const KEYS = ["citizenship", "country", "sex", "age_group", "category"] as const;
/** Only a comma or "and" joins the parts ("477 females and 122 males", "12 men, 30 women and 4 children"). */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
/** What closes the apposition: a comma, a clause break or the sentence's end. */
const CLOSED = /^\s*(?:[,;:.)]|—|$)/;

/** Gives the parts in apposition to a whole the keys of the whole they do not set themselves. */
export function apposedParts(text: string, live: ApposedCount[]): void {
  for (const [i, whole] of live.entries()) {
    if (whole.q.kind !== "count" || !whole.noun || whole.inParen) continue;
    // "599 Ugandan travelers, 477 …", "18 victims of sex trafficking, 11 …", "30 victims (18 women and 12 girls)",
    // "25 victims, including 15 men and 10 boys": the whole's words end on a comma, a bracket or "including".
    const opening = /^[^,;:()\d]{0,60}(?:,\s*(including\s+)?|\s*(\()\s*)$/.exec(
      text.slice(whole.counted.end, live[i + 1]?.q.start ?? whole.counted.end)
    );
    if (!opening) continue;
    const [including, bracket] = [!!opening[1], !!opening[2]];
    const parts: ApposedCount[] = [];
    for (let k = i + 1; k < live.length; k++) {
      const r = live[k];
      // "Of the 60 victims, 57 were female and three were male": parts with verbs of their own are clauses.
      if (r.q.kind !== "count" || r.inParen !== bracket || r.counted.copular) break;
      if (parts.length && !JOINED.test(text.slice(parts[parts.length - 1].counted.end, r.q.start))) break;
      parts.push(r);
    }
    // The first parts that add up to the whole, two or more of them; a list the whole "includes" need not.
    let total = 0;
    const upTo = including ? parts.length - 1 : parts.findIndex((r) => (total += r.q.value) >= whole.q.value);
    if (upTo < (including ? 0 : 1) || (!including && total !== whole.q.value)) continue;
    parts.splice(upTo + 1);
    if (!CLOSED.test(text.slice(parts[upTo].counted.end))) continue;
    if (!parts.every((r) => KEYS.some((key) => r.breakdown[key] && r.breakdown[key] !== whole.breakdown[key])))
      continue;
    for (const r of parts) for (const key of KEYS) if (whole.breakdown[key]) r.breakdown[key] ??= whole.breakdown[key];
  }
}
