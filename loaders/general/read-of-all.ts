/**
 * "98 of identified trafficking victims, all are citizens of X": a count before "of" and a phrase with no count
 * of its own, which "all" then describes, counts that phrase's noun; it is the whole, not a part of one.
 */
import {lastNounIn, type Counted} from "./read-counted.js";

const OF_ALL =
  /^\s*of\s+(?!(?:the|these|those|them|whom|which|its|their|all)\b)([a-z][a-z -]{0,60}?)\s*,\s*all\s+(?:of\s+them\s+)?(?:are|were)\b/i;

/** The noun a count's "of"-phrase names when "all" after it describes every one counted, else null. */
export function countedOfAll(text: string, from: number): Counted | null {
  const m = OF_ALL.exec(text.slice(from));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]);
  const counted = lastNounIn(text, start, start + m[1].length);
  return counted?.noun ? counted : null;
}
