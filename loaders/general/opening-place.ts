/**
 * "In Turkey, the number of refugees stood at 50,227, with 6,000 new arrivals recorded this week": a country that
 * opens a sentence, set off by its comma, is where every count of the sentence was made.
 */
import {properName} from "./proper-name.js";
import {longestCountry} from "./read-place-list.js";

const OPENING = new RegExp(String.raw`^\W*(?:[Ii]n|[Ww]ithin|[Aa]cross)\s+(?:the\s+)?(${properName(3)})\s*,`, "u");

/** The country an opening "In <country>," names before `before`, the start of a count's own clause; null if none. */
export function openingPlace(sentence: string, before: number): string | null {
  const m = OPENING.exec(sentence);
  if (!m || m[0].length > before) return null;
  return longestCountry(m[1]);
}
