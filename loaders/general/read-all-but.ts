/**
 * "All but 15 of the identified victims were from Kazakhstan", "all but six were exploited in Kazakhstan": in a
 * report on that state the number counts the complement, the people who were not its citizens or were exploited
 * abroad. Said of another country the complement has no name, so nothing is read.
 */
import type {Breakdown} from "../types.js";
import {canonicalCountry} from "../specs/countries.js";

const COMPLEMENT =
  /^\s+(?:of\s+(?:the|those|these|them)\s+(?:[\p{L}-]+\s+){0,3}?)?(?:were|was)\s+(?:(?:from|citizens\s+of|nationals\s+of)\s+(?:the\s+)?(?:Republic\s+of\s+)?(?<from>[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)|(?<people>[A-Z][\p{L}’'-]+)(?:\s+(?:citizens|nationals))?|(?:exploited|subjected\s+to\s+trafficking)\s+(?:with)?in\s+(?:the\s+)?(?<place>[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?))(?=\s*(?:[,;.()]|and\b|$))/u;

/** Whether the number at `start` is the N of "all but N". */
export function isAllBut(text: string, start: number): boolean {
  return /(?<![\p{L}])all\s+but\s+$/iu.test(text.slice(Math.max(0, start - 12), start));
}

/** The breakdown of the complement "all but N … were from <state>" counts, or null when it cannot be named. */
export function complementOf(after: string, state: string | undefined): Breakdown | null {
  if (!state) return null;
  const m = COMPLEMENT.exec(after);
  if (!m?.groups) return null;
  const {from, people, place} = m.groups;
  const is = (name: string | undefined) => {
    if (!name) return false;
    const words = name.split(/\s+/);
    return [name, words[0]].some((n) => canonicalCountry(n) === state);
  };
  if (is(from) || is(people)) return {citizenship: "foreign"};
  if (is(place)) return {category: "exploited abroad"};
  return null;
}

const PLACE = "(?:the\\s+)?[A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+)*";
// "exploited abroad in Cote d’Ivoire, Oman, Tanzania, and on Mayotte": an adverb of place may come before the list,
// and a preposition of its own before its last item.
const EXPLOITED_IN = new RegExp(
  `^[^;()]*?\\b(?:exploited|subjected\\s+to\\s+(?:trafficking|exploitation)|trafficked)\\s+(?:(?:abroad|overseas|elsewhere)\\s+)?(?:with)?in\\s+(${PLACE}(?:\\s*,\\s*${PLACE})*\\s*,?\\s+and\\s+(?:(?:in|on)\\s+)?${PLACE})`,
  "u"
);

/**
 * "three of the Kazakhstani victims were subjected to trafficking in South Korea and the United Arab Emirates":
 * a count exploited in a list of places belongs to no one of them; in a report on another state they were
 * exploited abroad. The places are null when the words are no list of countries.
 */
export function exploitedInPlaces(after: string, state: string | undefined): {abroad: boolean} | null {
  const m = EXPLOITED_IN.exec(after);
  if (!m) return null;
  const places = m[1]
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => canonicalCountry(p.replace(/^(?:(?:in|on)\s+)?(?:the\s+)?/, "")));
  if (places.some((p) => !p)) return null;
  return {abroad: Boolean(state) && !places.includes(state!)};
}
