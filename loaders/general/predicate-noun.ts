/**
 * "66 of the victims are women", "5 were men": a count's noun named again after a copula by a noun
 * that implies a breakdown (women, men, children, girls, boys) describes that part.
 */
import type {Breakdown} from "../types.js";
import {COUNTED_NOUNS} from "../vocabulary/nouns.js";

const IMPLYING = COUNTED_NOUNS.filter((n) => n.implies && n.person).flatMap((n) =>
  n.forms.map((form) => ({form, implies: n.implies!}))
);
const PREDICATE_RE = new RegExp(
  `^\\s+(?:are|were|is|was)\\s+(?:an?\\s+|adult\\s+)?(${IMPLYING.map((f) => f.form).join("|")})(?=\\s*(?:[,;.)(]|and\\b|$))`,
  "i"
);

/** Sets the breakdown a predicate noun right after the counted noun (at `at`) implies; explicit values stay. */
export function predicateNoun(text: string, at: number, into: Breakdown): void {
  const m = PREDICATE_RE.exec(text.slice(at, at + 40));
  if (!m) return;
  const implies = IMPLYING.find((f) => f.form === m[1].toLowerCase())!.implies;
  // "were girls, boys and adolescents", "were boys and girls": only what the nouns joined to it imply as well holds.
  const joined = (JOINED.exec(text.slice(at + m[0].length, at + m[0].length + 60))?.[0] ?? "")
    .toLowerCase()
    .split(/[^a-z-]+/)
    .map((w) => IMPLYING.find((f) => f.form === w)?.implies)
    .filter((x) => x !== undefined);
  for (const [k, v] of Object.entries(implies))
    if (!into[k as keyof Breakdown] && joined.every((o) => o[k as keyof Breakdown] === v))
      into[k as keyof Breakdown] = v;
}

// The nouns listed right after the predicate's first: ", boys and adolescents", " and girls".
const JOINED = /^(?:\s*(?:,|,?\s+and|,?\s+or)\s+[a-z-]+)+/i;
