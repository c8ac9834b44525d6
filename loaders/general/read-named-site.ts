/**
 * "5,366 arrivals from Mali at Mbera refugee camp", "Farchana camp, which currently hosts 3,630 refugees", "Arrivals
 * by boat in the Canary islands rose from 196": a named site inside a country (camp, centre, shelter, island, a unit
 * written in lower case) where a count was made names that count's part, whatever country its people came from.
 */
import {canonicalCountry} from "../specs/countries.js";
import {
  ADMINISTRATIVE_UNITS,
  SITE_GENERIC_WORDS,
  SITE_MODIFIERS,
  SITE_NOT_NAMES,
  SITE_NOUNS,
  SITE_OPERATOR_WORDS
} from "../vocabulary/sites.js";
import {alternation} from "./alternation.js";
import {properName} from "./proper-name.js";
import {SUBJECT_LEVEL_END} from "./subject-level.js";

// Either case for a word's first letter: "Mbera Refugee Camp" and "Mbera refugee camp" are one site.
const eitherCase = (list: readonly string[]) =>
  alternation(list).replace(/(^|\||\\s\+)([a-z])/g, (_, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);

const NAME = properName(2);
// The whole site, then its name: "(Mbera) refugee camp".
const SITE = String.raw`((${NAME})\s+(?:(?:${eitherCase(SITE_MODIFIERS)})\s+)?(?:${eitherCase(SITE_NOUNS)}))(?![\p{L}-])`;
// "at Mbera refugee camp", "are now sheltered in Mbera camp": the site after its preposition, a few words on.
const AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,6}?\s+(?:at|in|into|to|through|from|on)\s+(?:the\s+)?${SITE}`,
  "u"
);
// "Kounoungo camp has received", "In 2018, Mbera camp sheltered": the site the clause is about.
const SUBJECT = new RegExp(String.raw`^\s*(?:[^,;]{0,40},\s*)?(?:[Tt]he\s+)?${SITE}\s+(?:[a-z]+\s+){0,3}?$`, "u");
// "Arrivals by boat in the Canary islands rose from 196 in 2010 to 340": the site in the subject of a level or a change.
const SUBJECT_PHRASE = new RegExp(String.raw`\b(?:in|at|on)\s+(?:the\s+)?${SITE}\s+${SUBJECT_LEVEL_END}`, "u");
// "… refugees to Farchana camp, which currently hosts": a relative clause on the site holds the count.
const RELATIVE = new RegExp(String.raw`\b${SITE}\s*,\s*(?:which|where)\s+(?:[a-z]+\s+){0,3}?$`, "u");
// "In Mbera camp, 57,144 refugees …": the site the clause opens on.
const OPENING = new RegExp(String.raw`^\s*(?:In|At|Inside)\s+(?:the\s+)?${SITE}\s*,`, "u");
const GENERIC = new Set(SITE_GENERIC_WORDS);
const BODIES = new Set(SITE_OPERATOR_WORDS);
const NOT_A_NAME = new Set(SITE_NOT_NAMES);

// "Temporary Reception Centre", "IOM Transit Centre" name a kind of site; "Syria camps" and "Lebanon region" a state.
function isSiteName(name: string): boolean {
  const words = name.split(/\s+/);
  if (NOT_A_NAME.has(words[0])) return false;
  if (words.every((w) => GENERIC.has(w) || /^[A-Z]{2,}$/.test(w))) return false;
  // "the State Migration Service's Detention Center": a body's possessive names who runs a site, not where it is.
  if (words.some((w) => /['’]s$/.test(w) || BODIES.has(w))) return false;
  return !canonicalCountry(name);
}

// "from Kualanamu International Airport in North Sumatra and Soekarno-Hatta": one of several sites names no part.
const ANOTHER_SITE =
  /^(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*)?\s*(?:,|and|or)\s+(?:the\s+|at\s+|from\s+|in\s+)?[A-Z]/u;

// A unit of the country's administration written in lower case after its name is named by the name alone, as
// read-subnational.ts names it ("Chiang Mai province" is "Chiang Mai"); an official name keeps it ("Sagaing Region").
const ADMINISTRATIVE = new RegExp(String.raw`\s+(?:${alternation(ADMINISTRATIVE_UNITS)})$`, "u");

function site(m: RegExpExecArray | null, rest = ""): string | null {
  if (!m || !isSiteName(m[2])) return null;
  if (ANOTHER_SITE.test(rest.slice(m.index + m[0].length))) return null;
  const whole = m[1].replace(/\s+/g, " ");
  return ADMINISTRATIVE.test(whole) ? m[2].replace(/\s+/g, " ") : whole;
}

/**
 * The named site a count's clause places it in: `lead` runs from the clause's start to the number, `tail` after it,
 * `sentenceLead` from the sentence's start to the number.
 */
export function namedSite(lead: string, tail: string, sentenceLead = lead): string | null {
  return (
    site(AFTER.exec(tail), tail) ??
    site(SUBJECT.exec(lead)) ??
    site(RELATIVE.exec(lead)) ??
    site(OPENING.exec(lead)) ??
    site(SUBJECT_PHRASE.exec(sentenceLead))
  );
}
