/**
 * A press item's setting: the one foreign country its headline moves people from, to or within ("241 victims of
 * trafficking repatriated from Cambodia", "Algeria expels over 16,000 irregular migrants to Niger"). The item's later
 * counts of the same event happened there too, though their own sentences rarely name it again.
 */
import {canonicalCountry, countryOfName, COUNTRY_SOURCE} from "../specs/countries.js";
import {eventsIn} from "./resolve-indicator.js";
import {EVENTS} from "../vocabulary/events.js";
import {GROUP_WORDS} from "../vocabulary/groups.js";
import {RANK_TOPS} from "../vocabulary/ranks.js";
import {alternation} from "./alternation.js";

// A country governed by a preposition of place or movement; demonyms ("from Syrians") are no setting.
const PLACE = new RegExp(
  String.raw`\b(from|out\s+of|to|into|towards?|back\s+to|bound\s+for|headed\s+for|in|inside|within)\s+(?:the\s+)?(${COUNTRY_SOURCE})(?![\p{L}\p{N}])`,
  "giu"
);
// "To" a country is where people were taken only for a completed move; "intercepted en route to Mali" is an aim.
const TOWARDS = /^(?:to|into|towards?|back\s+to|bound\s+for|headed\s+for)$/i;
const MOVED_TO = new Set(["repatriate", "deport", "return", "readmit", "resettle", "transfer"]);
const NAMED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the\s+)?(${COUNTRY_SOURCE})(?![\p{L}\p{N}])`, "giu");

// Headlines report in the present ("Algeria expels", "Police rescue"): each past form of the vocabulary's one-word
// event forms gives the present forms that stand for it ("expelled" → "expel", "expels").
const PRESENT = new Map<string, string>();
for (const e of EVENTS)
  for (const form of e.forms) {
    if (!/^[a-z]+ed$/.test(form)) continue;
    const stems = [form.slice(0, -2), form.slice(0, -1)];
    if (/([b-df-hj-np-tv-z])\1$/.test(stems[0])) stems.push(stems[0].slice(0, -1));
    for (const stem of stems.filter((x) => x.length >= 4))
      for (const w of [stem, `${stem}s`, `${stem}es`]) if (!PRESENT.has(w)) PRESENT.set(w, form);
  }

/** The headline with its present forms of events written as the vocabulary's past ones. */
const inPast = (headline: string) => headline.replace(/\p{L}+/gu, (w) => PRESENT.get(w.toLowerCase()) ?? w);

export interface Setting {
  country: string;
  /** The events the headline reports; a later count takes the setting only when it reports one of them. */
  events: string[];
  /** The headline's subject sent the people away ("U.S. deported 64 Guyanese"): it is where, not where to. */
  sender?: boolean;
}

const lastNamed = new Map<RegExp, {text: string; out: {country: string; preposition: string}[]}>();

/** Whole country names a text writes with a capital, canonical, in order of appearance, with the word before each. */
function countriesNamed(text: string, re: RegExp): {country: string; preposition: string}[] {
  // The rows of one sentence ask about it in turn: its last answer per pattern is kept.
  const last = lastNamed.get(re);
  if (last?.text === text) return last.out;
  const out: {country: string; preposition: string}[] = [];
  lastNamed.set(re, {text, out});
  for (const m of text.matchAll(re)) {
    const [preposition, name] = m.length > 2 ? [m[1], m[2]] : ["", m[1]];
    if (!/^\p{Lu}/u.test(name)) continue;
    const country = countryOfName(name);
    if (country && !out.some((o) => o.country === country)) out.push({country, preposition});
  }
  return out;
}

/**
 * The setting a headline states, or null: it must name exactly one country other than the document's own state with a
 * preposition of place or movement, and report an event of the vocabulary.
 */
export function documentSetting(headline: string, state?: string): Setting | null {
  const places = countriesNamed(headline, PLACE).filter((p) => p.country !== state);
  if (places.length === 0) return senderSetting(headline, state);
  if (places.length !== 1) return null;
  const found = eventsIn(inPast(headline));
  const events = TOWARDS.test(places[0].preposition) ? found.filter((e) => MOVED_TO.has(e)) : found;
  return events.length ? {country: places[0].country, events} : null;
}

// Moves that send people away from the state that makes them.
const SENT_AWAY = new Set(["deport", "return", "repatriate"]);

/**
 * "U.S. deported 64 Guyanese", "Mexico deportations of …", "Libya's deportations": a state other than the document's
 * own that opens the headline and sends people away, by a verb or its noun right after its name, made the item's
 * later counts of that move. A name before a colon or a comma is a dateline or one of several senders.
 */
function senderSetting(headline: string, state?: string): Setting | null {
  const words = headline
    .trim()
    .replace(/^the\s+/i, "")
    .split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const name = words
      .slice(0, k)
      .join(" ")
      .replace(/['’]s$/, "");
    if (!/^\p{Lu}/u.test(name) || /[,:;]$/.test(name)) continue;
    const country = countryOfName(name);
    // "Congolese returns resume": a people's name is who was moved, not who moved them.
    if (!country || demonymOf(name)) continue;
    if (country === state) return null;
    const events = eventsIn(inPast(words[k])).filter((e) => SENT_AWAY.has(e));
    return events.length ? {country, events, sender: true} : null;
  }
  return null;
}

/**
 * The setting's country for a count read from `sentence` with no country of its own, or null: the sentence reports one
 * of the headline's events, names no other country than the setting and the document's state, and sends no one to or
 * from the state itself.
 */
export function settingCountry(setting: Setting | null, sentence: string, state?: string): string | null {
  if (!setting) return null;
  // A sender's people go to other states: those named after "to" are where they went, not who sent them.
  const went = setting.sender
    ? new Set(
        countriesNamed(sentence, PLACE)
          .filter((c) => TOWARDS.test(c.preposition))
          .map((c) => c.country)
      )
    : new Set<string>();
  if (
    countriesNamed(sentence, NAMED).some(
      (c) => c.country !== setting.country && c.country !== state && !went.has(c.country)
    )
  )
    return null;
  if (countriesNamed(sentence, PLACE).some((c) => c.country === state)) return null;
  const events = eventsIn(sentence);
  const same = setting.sender ? sameMove(events, setting.events) : events.some((e) => setting.events.includes(e));
  return same ? setting.country : null;
}

// Events that move people home or out: a headline's "returns" and a sentence's "repatriation" or "went home" agree.
const MOVED = new Set(["repatriate", "deport", "return", "readmit"]);
// In an item on people moved home, a flight or boat arriving with people brings those people home.
const sameMove = (a: string[], b: string[]) =>
  a.some((e) => b.includes(e)) ||
  (a.some((e) => MOVED.has(e)) && b.some((e) => MOVED.has(e))) ||
  (a.includes("enter") && b.some((e) => MOVED.has(e)));

// The people moved stand as a noun ("Nigerians", "Congolese") or before one ("Cuban migrants"), not before a body's
// name ("Russian Interior Ministry").
const PERSONS_AFTER =
  /^\s+(?:migrants?|refugees?|nationals|citizens|workers|returns?|returnees|deportees|victims|asylum[- ]seekers|people|children|women|men|families)\b/i;
function namesMovedPeople(headline: string): boolean {
  // "Central African refugees": a demonym of two words is read whole before its words alone.
  for (const m of headline.matchAll(/\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?/gu)) {
    const runs = demonymOf(m[0]) ? [{w: m[0], at: m.index}] : [];
    for (const w of m[0].split(/\s+/)) runs.push({w, at: m.index + m[0].indexOf(w)});
    for (const {w, at} of runs) {
      if (!demonymOf(w)) continue;
      if (/(?:s|ese|sy)$/.test(w) || PERSONS_AFTER.test(headline.slice(at + w.length))) return true;
    }
  }
  return false;
}

// Endings of demonyms ("Cuban", "Congolese", "Saint Lucians", "Nigeriens", "Iraqi", "Polish", "Malagasy"); a country's name ("Cuba",
// "Oman") is no people, though the gazetteer reads both.
const DEMONYM_END = /(?:an|ese|ish|i|ic|ien|ns|is|ens|sy)$/;
function demonymOf(words: string): string | null {
  // "Nigerians": the gazetteer knows the singular.
  const country = canonicalCountry(words) ?? (/s$/.test(words) ? canonicalCountry(words.slice(0, -1)) : null);
  return country && words !== country && DEMONYM_END.test(words) ? country : null;
}

// Groups of peoples, in the plural and as an adjective ("Central Americans", "Central American").
const GROUPS = new Set(
  GROUP_WORDS.filter((w) => /^\p{Lu}.*s$/u.test(w)).flatMap((w) => [w.toLowerCase(), w.slice(0, -1).toLowerCase()])
);

/** The peoples a text names by demonym ("Cuban migrants", "Congolese returns", "East Timorese"), canonical, in order. */
export function peoplesNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?/gu)) {
    // "Central American migrants": a group of peoples larger than one state names none of them.
    if (GROUPS.has(m[0].toLowerCase())) continue;
    // "Saudi Arabia" is a place; "South Sudanese" one people; else each word alone.
    if (countryOfName(m[0]) && !demonymOf(m[0])) continue;
    for (const w of demonymOf(m[0]) ? [m[0]] : m[0].split(/\s+/)) {
      const people = demonymOf(w);
      if (people && !out.includes(people)) out.push(people);
    }
  }
  return out;
}

/**
 * The people a headline moves, or null: "Cuban migrants sent home", "Congolese returns resume". It must name exactly
 * one people by demonym and report an event of the vocabulary.
 */
export function headlinePeople(headline: string): PeopleSetting | null {
  const peoples = peoplesNamed(headline);
  if (peoples.length !== 1) return null;
  // "Cuban migrants", "Congolese returns", "Saint Lucians": the people moved, not a body ("Russian Interior Ministry").
  if (!namesMovedPeople(headline)) return null;
  // "Guyanese topped 2012 list": a people heading a ranking is one item of the item's counts.
  if (RANKED.test(headline)) return null;
  // People "sent" somewhere are moved, as money sent is transferred: the headline names people, so they were moved.
  const money = /\bremit|\bmoney\b|\bfunds\b/i.test(headline);
  const events = eventsIn(inPast(headline)).map((e) => (e === "transfer" && !money ? "return" : e));
  // "Chile expels 55 Venezuelan migrants": the item's larger counts of expulsions are of a wider group.
  // "Over 9,000 Venezuelans Repatriated" puts no bound on them; "about 9,000" a loose one.
  const counts = [
    ...headline.matchAll(/(?:\b(over|more\s+than|at\s+least|about|around|nearly|almost|some)\s+)?(\d[\d,]*)/gi)
  ]
    .filter((m) => !/^(?:19|20)\d\d$/.test(m[2]))
    .map((m) => {
      const n = Number(m[2].replace(/,/g, ""));
      return !m[1] ? n : /^(?:over|more|at)/i.test(m[1]) ? Infinity : n * 1.5;
    });
  return events.length ? {country: peoples[0], events, limit: counts.length ? Math.max(...counts) : Infinity} : null;
}

// A people that tops or leads, not by a figure ("Syrian refugees top one million" is a level).
const RANKED = new RegExp(
  String.raw`\p{Lu}\p{L}+s?\s+(?:(?:again|still|also)\s+)?(?:${alternation(RANK_TOPS)})\b(?!\s+(?:(?!(?:19|20)\d\d\b)\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:hundred|thousand|million)))`,
  "u"
);

export interface PeopleSetting extends Setting {
  /** The largest number the headline gives its people: a later count above it is of a wider group. */
  limit: number;
}

/**
 * The headline's people for a count of persons read from `sentence` with no citizenship of its own, or null: the
 * sentence reports the headline's event (or another move of people home), and names no other people nor any country
 * other than the document's state and the headline's setting.
 */
export function settingPeople(
  people: PeopleSetting | null,
  sentence: string,
  value: number,
  state?: string,
  place?: string
): string | null {
  if (!people || value > people.limit) return null;
  if (peoplesNamed(sentence).some((p) => p !== people.country)) return null;
  if (
    countriesNamed(sentence, NAMED).some(
      (c) => c.country !== state && c.country !== place && c.country !== people.country
    )
  )
    return null;
  return sameMove(eventsIn(sentence), people.events) ? people.country : null;
}
