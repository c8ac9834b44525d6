/**
 * "seven identified as LGBTQI+", "12 self-identified as transgender": a part's predicate that says what group those
 * counted identify with names the part; being identified as victims (the counted noun) names none.
 */
import {COUNTED_NOUNS} from "../vocabulary/nouns.js";

const IDENTITY =
  /^\s*(?:[\p{L}]+\s+)?(?:who\s+)?(?:(?:were|was|are|is)\s+)?(?:self[-\s])?identif(?:y|ied|ies)\s+(?:themselves\s+|himself\s+|herself\s+)?as\s+(?:an?\s+)?((?:[\p{L}][\p{L}+-]*\s+){0,2}?[\p{L}][\p{L}+-]*\+?)(?=\s*(?:[,;.)]|—|(?:and|or|while|whereas|but)\b|$))/iu;
/** Words of the counted nouns ("victims", "persons"), and of how sure an identification is. */
const NOT_A_GROUP = new Set([
  ...COUNTED_NOUNS.flatMap((n) => n.forms.flatMap((f) => f.toLowerCase().split(/\s+/))),
  "potential",
  "presumed",
  "possible",
  "suspected",
  "such",
  "trafficked",
  "trafficking"
]);

/** The group the "identified as" predicate right after a count (and its noun) names, or null. */
export function identityAfter(after: string): string | null {
  const m = IDENTITY.exec(after);
  if (!m) return null;
  const words = m[1].toLowerCase().split(/\s+/);
  return words.some((w) => NOT_A_GROUP.has(w)) ? null : m[1];
}
