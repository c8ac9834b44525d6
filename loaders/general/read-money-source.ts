/**
 * "Remittances from the United States rose to $29.9 million", "inflows from the rest of the world amounted to
 * Sh2.2 billion": money said to come from a state or a region came from there, the place its count is of.
 * "from the United States and Australia … at USD 9.5 M and AUD 8.09 M respectively": one source per amount.
 */
import {longestCountry} from "./read-place-list.js";
import {alternation} from "./alternation.js";
import {SOURCE_REGIONS} from "../vocabulary/regions.js";

const WORD = String.raw`[A-Z][\p{L}.'’-]*`;
const NAME = String.raw`${WORD}(?:(?:\s*,\s*|\s+and\s+|\s+)(?:the\s+)?${WORD}){0,5}`;
// A currency after "from" names no place ("from US$2.66 billion").
const FROM = new RegExp(
  String.raw`\bfrom\s+(?:the\s+)?(?:(${alternation(SOURCE_REGIONS)})\b|(${NAME}))(?!\s*[$\d])`,
  "gu"
);

/** The states or regions the last "from …" before an amount names, in order, and where that phrase ends. */
export function moneySources(lead: string): {places: string[]; end: number} | null {
  let found: {places: string[]; end: number} | null = null;
  for (const m of lead.matchAll(FROM)) {
    const end = m.index! + m[0].length;
    if (m[1]) {
      found = {places: [m[1]], end};
      continue;
    }
    const places = m[2]
      .split(/\s*(?:,|\band\b)\s*(?:the\s+)?/)
      .map((part) => longestCountry(part))
      .filter((p): p is string => p !== null);
    if (places.length) found = {places, end};
  }
  return found;
}
