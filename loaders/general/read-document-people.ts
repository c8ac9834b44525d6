/**
 * "South Sudanese Refugee Response", "Over 9,000 Venezuelans Repatriated": a release about one people, named in its
 * opening lines and no other people named anywhere in it, counts that people wherever a count of persons names none.
 */
import type {Extracted} from "../extracted.js";
import {canonicalCountry} from "../specs/countries.js";
import {EVENTS} from "../vocabulary/events.js";
import {COUNTED_NOUNS, PART_MARKERS} from "../vocabulary/nouns.js";
import {alternation} from "./alternation.js";
import {countryOfPeople} from "./read-subject-people.js";

// A people named with what they are: "South Sudanese refugees", "Syrian asylum-seekers", "Chadian returnees".
const NAMED_PEOPLE = new RegExp(
  String.raw`(?<![\p{L}’'-])([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s+(?:${alternation(peopleNouns())})\b`,
  "gu"
);
// A people named by a plural of its own: "Venezuelans", "Syrians", "Afghans".
const PLURAL_PEOPLE = /\b([A-Z][\p{L}’'-]+s)\b/gu;
// How far the opening lines run: a title, a dateline and the first sentence.
const OPENING = 400;

// The adjective of a people or a region ("Caribbean", "African", "Congolese"): the endings demonyms take.
const OTHER_PEOPLE = /^[A-Z]\p{L}*(?:an|ese|ish|ic|i)$/u;
// A people's adjective, with the capitalised word before it that may be part of its name ("South Sudanese").
const DEMONYM = /(?:\b[A-Z]\p{L}+\s+)?\b([A-Z]\p{L}*(?:an|ese|ish|ic|i))\b/gu;
// "Africans", "Asians", "Europeans": the plural of a people's or a region's adjective.
const OTHER_PLURAL = /^[A-Z]\p{L}*(?:an|ian)s$/u;
// The words before a people named as a part of a count: "of which 12 were", "including 310", "88 out of 92 … were".
const PART_BEFORE = new RegExp(`(?:\\b(?:${alternation(PART_MARKERS)})|\\bout\\s+of\\s+[\\d,]+)[^.;:]{0,30}$`, "i");
// "those deported from Grenada were foreign nationals": foreigners counted beside a state's own people.
const FOREIGNERS = /\bforeign(?:ers|\s+(?:nationals|citizens|workers|migrants))\b/i;

/**
 * The state of the one people a document is about, when its opening names it and nothing names another; else null.
 * A document about the reporting state's own people that counts foreigners too is about two peoples.
 */
export function documentPeople(text: string, ownState?: string): string | null {
  // A release has a title or lead apart from its body; one paragraph is no document about a people.
  if (text.split(/\n\s*\n/).filter((b) => b.trim()).length < 2) return null;
  const found = new Map<string, number>();
  const note = (state: string | null, at: number) => {
    // "of which 12 were Filipinos", "including 310 Syrians": a people named as a part is no document's people.
    if (state && !found.has(state) && !PART_BEFORE.test(text.slice(Math.max(0, at - 40), at))) found.set(state, at);
  };
  for (const m of text.matchAll(NAMED_PEOPLE)) {
    const words = m[1].split(/\s+/);
    // "the Mbera Refugee camp" names a place; "South Sudanese" or "Syrian" a people.
    const state = canonicalCountry(m[1]) ?? canonicalCountry(words.at(-1)!);
    // "mainly Caribbean nationals", "African migrants": a people of no one state is another people all the same.
    if (!state && OTHER_PEOPLE.test(words.at(-1)!)) return null;
    note(state, m.index);
  }
  for (const m of text.matchAll(PLURAL_PEOPLE)) {
    const state = countryOfPeople(m[1]);
    // "and 2,799 other Africans": a people of no one state is another people all the same.
    if (!state && OTHER_PLURAL.test(m[1]) && !canonicalCountry(m[1])) return null;
    note(state, m.index);
  }
  if (found.size !== 1) return null;
  // "Zimbabweans … followed by Chinese with 1,785": an adjective of another people names a second people.
  for (const m of text.matchAll(DEMONYM)) {
    const state = canonicalCountry(m[0]) ?? canonicalCountry(m[1]);
    // "Iran", "Sudan", "Mali": a state's own name is a place, not a people.
    if (state === m[0] || state === m[1]) continue;
    // "the Central African Republic", "the Dominican Republic": an adjective opening a state's name is that place.
    const next = /^\s+[A-Z]\p{L}+/u.exec(text.slice(m.index + m[0].length));
    if (next && canonicalCountry(`${m[0]}${next[0]}`)) continue;
    if (state && !found.has(state) && state !== ownState) return null;
  }
  const [[state, at]] = [...found];
  if (state === ownState && FOREIGNERS.test(text)) return null;
  return at < OPENING ? state : null;
}

// Counts of people, or of their crossings ("3,064 new arrivals").
const COUNTS_PEOPLE = /^(?:persons|crossings)$/;

/**
 * Sets the document's people as the citizenship of every count of persons that names none, unless its sentence names
 * another state than the people's, the document's own and the count's place ("54 to Bangladesh, Ethiopia and Senegal").
 */
export function countDocumentPeople(raw: string, rows: Extracted[], ownState?: string): void {
  const people = documentPeople(raw, ownState);
  if (!people) return;
  // Rows of one sentence share its quote: its states are read once.
  const named = new Map<string, string[]>();
  for (const r of rows) {
    if (!COUNTS_PEOPLE.test(r.unit) || r.citizenship || r.family === "trafficking") continue;
    const span = `${r.quote_start}:${r.quote_end}`;
    if (!named.has(span)) named.set(span, statesNamed(raw.slice(r.quote_start, r.quote_end)));
    const others = named.get(span)!.filter((s) => s !== people && s !== ownState && s !== r.country);
    if (others.length === 0) r.citizenship = people;
  }
}

// One or two capitalised words: a state's name or its people's.
const NAME = /\b[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?/gu;

/** The states a sentence names, by their names or their peoples'. */
function statesNamed(sentence: string): string[] {
  const states: string[] = [];
  for (const m of sentence.matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    const state = canonicalCountry(m[0]) ?? words.map((w) => canonicalCountry(w)).find(Boolean) ?? null;
    if (state) states.push(state);
  }
  return states;
}

/** What a people is named as: migrants, refugees, nationals and those sent back, as written or opening a title. */
function peopleNouns(): string[] {
  const forms = [
    ...COUNTED_NOUNS.filter((n) => ["migrant", "refugee", "national"].includes(n.lemma)).flatMap((n) => n.forms),
    ...EVENTS.filter((e) => ["deport", "return"].includes(e.id)).flatMap((e) => e.people ?? []),
    "new arrivals"
  ];
  return [...forms, ...forms.map((f) => f[0].toUpperCase() + f.slice(1))];
}
