/**
 * "approved 162 foreign workers. They included 128 carpenters, 14 welders, eight plumbers …", "162 foreign workers,
 * including 128 carpenters and 14 welders": counts of a kind of people the vocabulary does not know, listed as what a
 * count of people included and adding up to no more than it, are its parts, each named by its own words.
 */
import type {Breakdown, Family} from "../types.js";
import {PART_MARKERS, PART_VERBS} from "../vocabulary/nouns.js";
import {alternation} from "./alternation.js";
import {OWN_THING} from "./read-counted.js";

/** The fields of a reading this rule reads and sets. */
interface PartLike {
  q: {start: number; end: number; value: number; kind: string; excluded?: string | null};
  counted: {stop?: string; end: number};
  noun: {person?: boolean} | null;
  indicator?: string;
  family?: Family;
  known?: boolean;
  events?: string[];
  rule: string;
  confidence: number;
  breakdown: Breakdown;
  antecedent?: PartLike;
}

// "…, including", "of whom", "They included", "comprising", ":": words that open the list of a whole's parts.
const OPENS_PARTS = new RegExp(`(?:\\b(?:${alternation([...PART_MARKERS, ...PART_VERBS])})|:)\\s*$`, "i");
// "They included", "These comprised": a sentence whose subject is the people the sentence before counted.
const THEY = /^\s*(?:they|these|those|the\s+[a-z]+)\s+(?:include[sd]?|comprised?|consisted\s+of)\b/i;
// Between two items of the list: a comma, a semicolon or "and".
const BETWEEN_ITEMS = /^\s*[,;]?\s*(?:and\s+)?$/;

/** Names the parts of a count of people listed by kinds the vocabulary does not know. */
export function partsByKind<R extends PartLike>(text: string, live: R[], context: R[]): void {
  const parts = live.filter(
    (r) => r.q.kind === "count" && !r.q.excluded && !r.noun && r.counted.stop === OWN_THING && kindOf(text, r)
  );
  if (parts.length < 2) return;
  const first = parts[0];
  const before = live.filter(
    (r) => r.q.kind === "count" && !r.q.excluded && r.noun?.person && r.indicator && r.q.end <= first.q.start
  );
  const whole = before.at(-1) ?? (THEY.test(text) ? context.filter((r) => r.noun?.person && r.indicator).at(-1) : null);
  if (!whole || !OPENS_PARTS.test(text.slice(before.length ? whole.q.end : 0, first.q.start))) return;
  // The items follow each other with nothing but a comma or "and" between them.
  const run = [first];
  for (const r of parts.slice(1)) {
    if (!BETWEEN_ITEMS.test(text.slice(run.at(-1)!.counted.end, r.q.start))) break;
    run.push(r);
  }
  if (run.length < 2 || run.reduce((sum, r) => sum + r.q.value, 0) > whole.q.value) return;
  for (const r of run) {
    Object.assign(r, {
      noun: whole.noun,
      indicator: whole.indicator,
      family: whole.family,
      known: whole.known,
      events: whole.events,
      rule: "kind-part",
      antecedent: whole,
      confidence: Math.min(whole.confidence, 0.75)
    });
    r.breakdown.category ||= kindOf(text, r) ?? undefined;
    r.breakdown.citizenship ??= whole.breakdown.citizenship;
    r.breakdown.country ??= whole.breakdown.country;
  }
}

/** The kind a part names: its category, or the few lower-case words between its number and the end of its noun. */
function kindOf(text: string, r: PartLike): string | null {
  if (r.breakdown.category) return r.breakdown.category;
  const words = text.slice(r.q.end, r.counted.end).trim();
  return /^[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}$/.test(words) ? words : null;
}
