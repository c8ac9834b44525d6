/**
 * "In second place are those from Cuba with 18,087 requests", "The Central African Republic is second with 1,191
 * refugees", "Syrian refugees still topped the list with a total of 5,612": a ranking that places a people or a state,
 * then its figure after "with", counts what the sentence before counted, for that people.
 */
import {canonicalCountry} from "../specs/countries.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {RANK_LISTS, RANK_ORDINALS, RANK_PEOPLE_FROM, RANK_TOPS, RANK_VERBS} from "../vocabulary/ranks.js";
import {alternation} from "./alternation.js";
import {countryOfPeople} from "./read-subject-people.js";

const ORDINAL = alternation(RANK_ORDINALS);
// A word that may open the sentence, so with its first letter in either case (names stay capitalised).
const opening = (words: string[]) =>
  alternation(words)
    .split("|")
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*){0,3}`;
// An item: people named by where they are from, or a name (a state, or a people with its counted noun after it).
const ITEM = String.raw`(?:[Tt]he\s+)?(?:(?:${opening(RANK_PEOPLE_FROM)})\s+from\s+(?:the\s+)?(?<from>${NAME})|(?<name>${NAME})(?:\s+(?:nationals|citizens|[a-z-]+s))?)`;
// A place of the ranking after the item: "is second", "came in third place", "still topped the list".
const PLACED = String.raw`(?:(?:still|also|again|now)\s+)?(?:(?:${alternation(RANK_VERBS)})\s+(?:in\s+)?(?:the\s+)?(?:${ORDINAL})(?:\s+place)?|(?:${alternation(RANK_TOPS)})\s+the\s+(?:${alternation(RANK_LISTS)}))`;
// A place of the ranking before the item: "In second place are", "In fourth place were".
const PLACE_FIRST = String.raw`(?:[Ii]n\s+)?(?:[Tt]he\s+)?(?:${opening(RANK_ORDINALS)})\s+place\s*,?\s+(?:${alternation(RANK_VERBS)}|went\s+to)\s+`;
const HEDGE = String.raw`(?:(?:${alternation(APPROX_BEFORE)}|a\s+total\s+of)\s+)?`;

// Each shape apart, as a pattern names its groups once: the place before the item, or after it.
const SHAPES = [`${PLACE_FIRST}${ITEM}`, `${ITEM}\\s+${PLACED}`];
// "As in previous years, Syrian refugees still topped the list with …": a short phrase may set the ranking's scene.
const OPENS = SHAPES.map(
  (shape) => new RegExp(String.raw`^\s*(?:[A-Z][^,;:\d]{0,40},\s*)?${shape}\s*,?\s+with\b`, "u")
);
const ITEM_BEFORE = SHAPES.map(
  (shape) => new RegExp(String.raw`(?:^|[,;]\s*|\band\s+)${shape}\s*,?\s+with\s+${HEDGE}$`, "u")
);

/** The first of `patterns` that matches `text`. */
const firstMatch = (patterns: RegExp[], text: string) =>
  patterns.map((p) => p.exec(text)).find((m) => m !== null) ?? null;

/** The state an item names: people from a state, a state's own name, or a people's name. */
function itemState(m: RegExpExecArray): {state: string; byName: boolean} | null {
  const from = m.groups?.from;
  if (from) {
    const state = canonicalCountry(from);
    return state ? {state, byName: false} : null;
  }
  const name = m.groups?.name;
  if (!name || /^(?:In|The|They|These|This|It|There)$/.test(name)) return null;
  const bare = name.replace(/^the\s+/i, "");
  const people = countryOfPeople(bare);
  if (people) return {state: people, byName: false};
  const state = canonicalCountry(bare);
  // A state's own name, a name of several words or an acronym ("Sudan", "the Central African Republic", "DRC"), not
  // an adjective of its people ("Syrian").
  const byName = bare.toLowerCase() === state?.toLowerCase() || /\s/.test(bare) || /^\p{Lu}{2,}$/u.test(bare);
  return state ? {state, byName} : null;
}

/** Whether a sentence opens on an item placed in a ranking, with its figure after "with": it goes on with the last count. */
export function opensRankPlace(text: string): boolean {
  const m = firstMatch(OPENS, text);
  return Boolean(m && itemState(m));
}

/**
 * The breakdown of the item a ranking places right before a count ("In second place are those from Cuba with "): its
 * people's state as their citizenship, or, for a count of no people, a state named by its own name as the place
 * ("China topped the list with 88 cases"). Null when the lead places no item.
 */
export function rankPlaceItem(lead: string, countsPeople: boolean): {citizenship?: string; country?: string} | null {
  const m = firstMatch(ITEM_BEFORE, lead);
  const item = m && itemState(m);
  if (!item) return null;
  return item.byName && !countsPeople ? {country: item.state} : {citizenship: item.state};
}
