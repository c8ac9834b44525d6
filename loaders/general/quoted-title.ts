/**
 * "a ministerial report titled ‘Irregular Migrants Deportations 2016 to 2019,’ of this number, 9,315 …": the years in
 * a quoted name are the name's, not a period of the counts around it.
 */
import {NAMING_WORDS} from "../vocabulary/speech.js";
import {alternation} from "./alternation.js";

const QUOTED_NAME = new RegExp(
  String.raw`\b(?:${alternation(NAMING_WORDS)})\s+(?:["“‘']([^"“”‘’]{3,200}?)["”’']|(?:the\s+)?(?:report|plan|study|survey)\s+["“‘']([^"“”‘’]{3,200}?)["”’'])`,
  "giu"
);

/** The spans [start, end) of quoted names in `text`. */
export function quotedTitles(text: string): [number, number][] {
  if (!/["“‘']/.test(text)) return [];
  return [...text.matchAll(QUOTED_NAME)].map((m) => [m.index, m.index + m[0].length]);
}
