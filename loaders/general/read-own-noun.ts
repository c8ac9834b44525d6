/**
 * "a net migration of 275 people and an excess of births of 105", "Net migration was 275 and deportations were 105": a
 * number with no noun after it counts the noun right before it, joined by "of" or a copula, not the noun of the count
 * before it.
 */
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";
import {lastNounIn, type Counted} from "./read-counted.js";

// The words between a noun and the number it is said to be: "of", "was", "stood at", "totalled", with a hedge.
const LINK = new RegExp(
  String.raw`\s+(?:of|was|were|is|are|stood\s+at|stands\s+at|totall?ed|amounted\s+to|numbered)\s+(?:(?:${alternation(APPROX_BEFORE)})\s+)?$`,
  "i"
);

/** The counted noun that ends right before the link to a number at `at`, read from `from` on; null when none does. */
export function ownNounBefore(text: string, from: number, at: number): Counted | null {
  const link = LINK.exec(text.slice(from, at));
  if (!link) return null;
  const end = from + link.index;
  const counted = lastNounIn(text, from, end);
  return counted && counted.end === end ? counted : null;
}
