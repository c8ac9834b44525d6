/**
 * "two additional sex trafficking victims, both girls", "11 child victims, all girls, to NGOs", "14 victims, all of
 * them women": an apposition after a count saying what all of it were gives the whole count's sex or age. The rest
 * of the noun phrase ("child sex trafficking victims") or its of-phrase may stand before the comma.
 */
import type {Breakdown} from "../types.js";
import {COUNTED_NOUNS, QUALIFIERS} from "../vocabulary/nouns.js";
import {alternation} from "./alternation.js";

// A person noun's implied sex and age ("girls": female children) outrank a bare qualifier's ("female").
const SETS = new Map<string, Breakdown>([
  ...QUALIFIERS.filter((q) => q.set.sex || q.set.age_group).flatMap((q) => q.forms.map((f) => [f, q.set] as const)),
  ...COUNTED_NOUNS.filter((n) => n.person && (n.implies?.sex || n.implies?.age_group)).flatMap((n) =>
    n.forms.map((f) => [f, n.implies!] as const)
  )
]);
// "…, all were women" is a universal statement of its own (`read-universal.ts`).
const APPOSED = new RegExp(
  String.raw`^(?:\s+(?:of|for)\s+[^,;.()]{1,40}|(?:\s+[a-z-]+){1,4}?)?\s*,\s*(?:all|both)(?:\s+of\s+them|\s+of\s+whom\s+(?:were|are))?\s+(${alternation([...SETS.keys()])})(?=\s*(?:[,;.)]|$|\s+(?:and|to|in|from|who|whom)\b))`,
  "i"
);

/** The sex and age an apposition right after a counted noun gives every one counted, or null. */
export function apposedAll(after: string): Breakdown | null {
  const m = APPOSED.exec(after);
  return m ? (SETS.get(m[1].toLowerCase()) ?? null) : null;
}
