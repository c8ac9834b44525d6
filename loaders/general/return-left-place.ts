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
