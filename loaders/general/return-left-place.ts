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

// "returning to Ethiopia and Somalia from …", "flights to Bangladesh, Ethiopia and Senegal": where a return went,
// up to the place it left, the next phrase or the clause's end.
const TO_PLACES =
  /\bto\s+((?:the\s+)?[A-Z][^;.()]*?)(?=\s+(?:from|on|in|by|via|after|aboard|while|when)\b|[;.()]|,\s+(?!and\b)[a-z]|$)/u;

/**
 * The states a return in `tail` went to, written as the text joins them ("Ethiopia and Somalia"), when there are two
 * or more and every one is a state: a part of the count by where it went, which no single citizenship names.
 */
export function returnDestinations(tail: string): string | null {
  const phrase = TO_PLACES.exec(tail)?.[1].trim();
  // "to Nigeria, Mali or Senegal": states one of which each went to say no part of the count.
  if (!phrase || /\bor\b/.test(phrase)) return null;
  const parts = phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return parts.length > 1 && parts.every((p) => longestCountry(p.replace(/^the\s+/i, "")) !== null) ? phrase : null;
}
