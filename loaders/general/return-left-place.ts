/**
 * "5,000 migrants returned to Ethiopia from Saudi Arabia", "to return home from Libya to Guinea": a return names
 * both the place people came back from and the one they reached; the place of the count is the one they left.
 */
import {properName} from "./proper-name.js";
import {longestCountry} from "./read-place-list.js";
import {RETURN_WORD} from "./return-place-before.js";

const FROM_PLACE = new RegExp(
  String.raw`\bfrom\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate)\s+of\s+(?:the\s+)?)?(${properName(3)})`,
  "u"
);

/** The country a return in `tail` (the words after the counted noun, up to the next count) came back from. */
export function returnLeftPlace(tail: string): string | null {
  const from = FROM_PLACE.exec(tail);
  if (!from || !RETURN_WORD.test(tail.slice(0, from.index))) return null;
  return longestCountry(from[1]);
}

// "to return home from Libya to Guinea (Conakry)": the state people were brought home to, one alone.
const HOME_TO = new RegExp(
  String.raw`\bhome\b[^;,()]{0,40}?\bto\s+(?:the\s+)?(${properName(3)})(?!\s*(?:,|and\b|or\b)\s*(?:the\s+)?[A-Z])`,
  "u"
);

/** The state a return home in `tail` brought its people to, which is theirs; null when it names none or several. */
export function returnHomePlace(tail: string): string | null {
  const home = HOME_TO.exec(tail);
  return home ? longestCountry(home[1]) : null;
}
