/**
 * A press item's setting: the one foreign country its headline moves people from, to or within ("241 victims of
 * trafficking repatriated from Cambodia", "Algeria expels over 16,000 irregular migrants to Niger"). The item's later
 * counts of the same event happened there too, though their own sentences rarely name it again.
 */
import {countryOfName, COUNTRY_SOURCE} from "../specs/countries.js";
import {eventsIn} from "./resolve-indicator.js";
import {EVENTS} from "../vocabulary/events.js";

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
}

/** Whole country names a text writes with a capital, canonical, in order of appearance, with the word before each. */
function countriesNamed(text: string, re: RegExp): {country: string; preposition: string}[] {
  const out: {country: string; preposition: string}[] = [];
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
  if (places.length !== 1) return null;
  const found = eventsIn(inPast(headline));
  const events = TOWARDS.test(places[0].preposition) ? found.filter((e) => MOVED_TO.has(e)) : found;
  return events.length ? {country: places[0].country, events} : null;
}

/**
 * The setting's country for a count read from `sentence` with no country of its own, or null: the sentence reports one
 * of the headline's events, names no other country than the setting and the document's state, and sends no one to or
 * from the state itself.
 */
export function settingCountry(setting: Setting | null, sentence: string, state?: string): string | null {
  if (!setting) return null;
  if (countriesNamed(sentence, NAMED).some((c) => c.country !== setting.country && c.country !== state)) return null;
  if (countriesNamed(sentence, PLACE).some((c) => c.country === state)) return null;
  return eventsIn(sentence).some((e) => setting.events.includes(e)) ? setting.country : null;
}
