/**
 * Counts that restate a group named just before them: "Dutch victims of sexual exploitation lag behind: in 2015,
 * 365 victims were reported" counts the group the clause before the colon named; "In 2017, the number has dropped
 * to 263" is that same count again in another period.
 */
import type {Breakdown} from "../types.js";
import {qualifiersIn} from "./read-counted.js";
import {alternation} from "./alternation.js";
import {CHANGE_VERBS} from "../vocabulary/quantities.js";

// "the number has dropped to", "the figure rose to", "the total stood at", "it increased to": the bare "number", or a
// pronoun standing for the count before, as a changing subject.
const NUMBER_CHANGED = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|but|while|when|(?:19|20)\d\d)\s+)(?:(?:the|this)\s+(?:number|figure|total)|it|they)\s+(?:(?:has|have|had)\s+)?(?:(?:also|further|since|then)\s+)?(?:${alternation([...CHANGE_VERBS, "reached", "stood", "stands", "amounted", "was", "is"])})\s+(?:(?:to|at)\s+)?(?:(?:about|around|some|nearly|almost|just|only|over|roughly)\s+)?$`,
  "i"
);

/** Whether a count's lead makes it the previous count's number in another period ("the number has dropped to "). */
export function restatesNumber(lead: string): boolean {
  return NUMBER_CHANGED.test(lead);
}

/**
 * The qualifiers ("Dutch", "of sexual exploitation") of the group a clause before a colon names with the same
 * noun (`form`) a count after the colon restates; null when the sentence has no colon before the count or no such mention.
 */
export function colonGroup(text: string, countAt: number, form: string): Breakdown | null {
  const colon = text.lastIndexOf(":", countAt);
  if (colon < 0 || !form) return null;
  const before = text.slice(0, colon);
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Up to two qualifying words before the noun, and an "of …" phrase of up to three words after it.
  const mention = new RegExp(
    String.raw`((?:[\p{L}-]+\s+){0,2})${escaped}((?:\s+of\s+(?:[\p{L}-]+\s*){1,3})?)`,
    "iu"
  ).exec(before);
  if (!mention) return null;
  const breakdown = qualifiersIn(`${mention[1]} ${mention[2]}`.trim());
  return breakdown.citizenship || breakdown.category || breakdown.sex || breakdown.age_group ? breakdown : null;
}

/** "while another 137 received …": "another" before a bare number restates the noun of the count before it. */
export function anotherOfTheSame(lead: string): boolean {
  return /(?:^|[\s,;])another\s+$/i.test(lead);
}
