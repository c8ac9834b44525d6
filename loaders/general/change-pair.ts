/**
 * The second of two changes given "respectively": "up 139% year-on-year and 10,000 people respectively" states
 * by how much two counts grew, the second in persons; it is a change, not a count.
 */
import {alternation} from "./alternation.js";
import {CHANGE_VERBS} from "../vocabulary/quantities.js";

// The vocabulary's verbs of change, "up"/"down", or a change named as a noun with its size after it.
const CHANGE_WORD = String.raw`(?:${alternation(["up", "down", ...CHANGE_VERBS])}|an?\s+increase\s+of|an?\s+decrease\s+of)`;
const FIRST_CHANGE = new RegExp(
  String.raw`\b${CHANGE_WORD}\s+(?:by\s+)?[\d.,]+\s*(?:%|percent\b|per\s*cent\b)?(?:\s+(?:year-on-year|year\s+on\s+year|over\s+the\s+previous\s+year|from\s+a\s+year\s+earlier))?\s*,?\s+and\s+$`,
  "i"
);
const RESPECTIVELY = /^\s*(?:[\p{L}-]+\s+){0,3}?respectively\b/u;

/** Whether the number `before` and `after` surround is the second change of a "respectively" pair. */
export function secondChange(before: string, after: string): boolean {
  return FIRST_CHANGE.test(before) && RESPECTIVELY.test(after);
}
