/**
 * "73 applications came from Iraqis; 42 from Georgians", "approximately half, 102, were Venezuelan", "55 per cent
 * were Yemeni nationals", "130 men and five women, all Hondurans, were …": a people named after a count, as where
 * what is counted came from or as its predicate, is the count's citizenship.
 */
import {canonicalCountry} from "../specs/countries.js";
import {countryOfPeople} from "./read-subject-people.js";

const WORD = String.raw`[A-Z][\p{L}’'-]+`;
// "(came) from Iraqis", "were mostly from Syrians"; the people may be two words ("South Sudanese").
const FROM_PEOPLE = new RegExp(
  String.raw`^\s*,?\s*(?:(?:came|come|comes|coming|were|was|are|is)\s+)?(?:(?:mostly|mainly|largely|also|all)\s+)?from\s+(?:the\s+)?(${WORD}(?:\s+${WORD})?)`,
  "u"
);
// "were Venezuelan", "were all Yemeni nationals", "are Afghans": a predicate naming a people, and nothing after it.
const PREDICATE_PEOPLE = new RegExp(
  String.raw`^\s*,?\s*(?:were|was|are|is)\s+(?:all\s+|mostly\s+|mainly\s+)?(${WORD}(?:\s+${WORD})?)(\s+(?:nationals|citizens))?(?=\s*(?:[,;.)]|and\b|$))`,
  "u"
);
// "were issued to citizens of Ukraine", "granted to Eritrean nationals", "went to Syrians": whom the count went to.
const TO_PEOPLE = new RegExp(
  String.raw`^\s*,?\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:issued|granted|given|awarded|allocated|went)\s+to\s+(?:the\s+)?(?:(?:citizens|nationals)\s+of\s+(?:the\s+)?(${WORD}(?:\s+${WORD})?)|(${WORD}(?:\s+${WORD})?)(\s+(?:citizens|nationals))?)`,
  "u"
);
// "eight decisions have been made regarding Syrian applicants": the people the counted things concern.
const CONCERNING_PEOPLE = new RegExp(
  String.raw`^\s*(?:[a-z]+\s+){0,4}?(?:regarding|concerning|involving|on)\s+(?:the\s+)?(${WORD})\s+(?:applicants|applications|nationals|citizens|asylum[\s-]seekers|claimants|claims|cases)\b`,
  "u"
);
// "137,000 refugees arrived from South Sudan": the country refugees fled or arrived from is their own.
const FLED_FROM = new RegExp(
  String.raw`^\s*,?\s*(?:(?:have|has|had)\s+)?(?:arrived|fled|came|crossed)\s+(?:in\s+[A-Z][\p{L}-]+\s+)?from\s+(?:the\s+)?(${WORD}(?:\s+${WORD}){0,2})(?!\s*(?:,|and|or)\s+(?:the\s+)?[A-Z])`,
  "u"
);
// ", all Hondurans, were deported": an apposition saying which people all of them are.
const ALL_PEOPLE = new RegExp(String.raw`^\s*,\s*all\s+(?:of\s+them\s+)?(${WORD}(?:\s+${WORD})?)\s*,`, "u");

/** The country of a people written as a plural ("Iraqis", "East Timorese"); a country's own name is none. */
function pluralPeople(words: string): string | null {
  const two = words.includes(" ") ? countryOfPeople(words) : null;
  return two ?? countryOfPeople(words.split(/\s+/)[0]);
}

/** The country a name names, by its longest leading words ("Ukraine", "Sri Lanka", "Central African Republic"). */
function countryNamed(words: string): string | null {
  const w = words.split(/\s+/);
  for (let n = w.length; n > 0; n--) {
    const c = canonicalCountry(w.slice(0, n).join(" "));
    if (c) return c;
  }
  return null;
}

/** The country of a demonym used as an adjective ("Venezuelan", "Yemeni"); a country's own name or letters are none. */
function adjectivePeople(words: string): string | null {
  for (const w of words.includes(" ") ? [words, words.split(/\s+/)[0]] : [words]) {
    const c = canonicalCountry(w);
    if (c && c !== w && !c.startsWith(`${w} `) && !c.endsWith(` ${w}`) && !/^[A-Z]{2,}$/.test(w)) return c;
  }
  return null;
}

// "one person is stateless", "two were of other nationalities": a part with no one country, in the report's words.
const NO_ONE_COUNTRY =
  /^\s*,?\s*(?:(?:persons?|people|individuals|applicants)\s+)?(?:(?:were|was|are|is)\s+)?(?:(stateless)\b|(?:of\s+)?(?:other|another)\s+nationalit(?:y|ies)\b)/i;

/**
 * The citizenship a people named after a count gives it, or null when the words after it name none; words shared
 * with a later coordinated count ("130 men and five women, all Hondurans") give it only by apposition or predicate.
 */
export function peopleAfter(after: string, shared = false): string | null {
  const none = shared ? null : NO_ONE_COUNTRY.exec(after);
  if (none) return none[1] ? "stateless" : "other";
  const to = shared ? null : TO_PEOPLE.exec(after);
  if (to) return to[1] ? countryNamed(to[1]) : to[3] ? adjectivePeople(to[2]) : pluralPeople(to[2]);
  const concerning = shared ? null : CONCERNING_PEOPLE.exec(after);
  if (concerning) return adjectivePeople(concerning[1]);
  const from = shared ? null : FROM_PEOPLE.exec(after);
  if (from) return pluralPeople(from[1]);
  const all = ALL_PEOPLE.exec(after);
  if (all) return pluralPeople(all[1]);
  const predicate = PREDICATE_PEOPLE.exec(after);
  if (!predicate) return null;
  return predicate[2] ? adjectivePeople(predicate[1]) : (pluralPeople(predicate[1]) ?? adjectivePeople(predicate[1]));
}

/** Where the words after a run of coordinated counts begin ("130 men and five women, …"): after its last count's words. */
export function sharedTail(
  text: string,
  counts: {q: {start: number}; counted: {end: number}}[],
  i: number
): {start: number; end: number} | null {
  let j = i;
  while (
    j + 1 < counts.length &&
    /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(counts[j].counted.end, counts[j + 1].q.start))
  )
    j++;
  if (j === i) return null;
  return {start: counts[j].counted.end, end: j + 1 < counts.length ? counts[j + 1].q.start : text.length};
}

// "43 per cent Ethiopians, and …": a bare people right after a share, closed by punctuation or "and".
const BARE_PEOPLE = new RegExp(String.raw`^\s*(${WORD}(?:\s+${WORD})?)(?=\s*(?:[,;.)]|and\b|$))`, "u");

/** The citizenship of the people a share's own words name ("were Yemeni nationals", "Ethiopians"), or null. */
export function sharePeople(after: string): string | null {
  const bare = BARE_PEOPLE.exec(after);
  return peopleAfter(after) ?? (bare ? pluralPeople(bare[1]) : null);
}

/** The citizenship of refugees or asylum seekers by the country they arrived or fled from, or null. */
export function fledFrom(after: string, noun: string | undefined): string | null {
  if (!noun || !/^(?:refugee|asylum[\s-]seeker|applicant)$/.test(noun)) return null;
  const m = FLED_FROM.exec(after);
  return m ? countryNamed(m[1]) : null;
}
