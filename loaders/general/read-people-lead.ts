/**
 * "Russians submitted the most applications in 2019 with 2,830", "Kazakhs led this category in 2018 with 2,496, and
 * Chinese in 2017 with 1,413", "Albanians are the largest nationality, totalling at 51", "Venezuelans who presented
 * 61,681", "Ukrainian nationals represented 82% of applicants (398 people)", "asylum seekers whose nationality is
 * unknown were the largest group, with 229": a people the clause opens on, with no other figure between, is the
 * citizenship of the count that closes it.
 */
import {canonicalCountry} from "../specs/countries.js";
import {countryOfPeople} from "./read-subject-people.js";

const HEDGE = String.raw`(?:(?:about|around|some|over|nearly|almost|roughly|approximately|more\s+than|a\s+total\s+of)\s+)?`;
// Lower-case words, years and commas only: no figure and no other name stands between the people and its count.
const BETWEEN = String.raw`(?:,?\s+(?:[a-z][a-z'’-]*|(?:19|20)\d\d)\b){0,10}`;
const CLOSE = String.raw`\s*,?\s+(?:with|at|totall?ing(?:\s+at)?|numbering|reaching)\s+${HEDGE}$`;
const OPEN = String.raw`(?:^|[;:]\s*|,\s*(?:and|while|whereas|followed\s+by)\s+|^[^,;]{0,40},\s*)(?:the\s+)?`;
const NAMED = String.raw`([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)`;

const SUBJECT_WITH = new RegExp(`${OPEN}${NAMED}(\\s+(?:nationals|citizens))?${BETWEEN}${CLOSE}`, "u");
const WHO = new RegExp(
  String.raw`\b${NAMED}(?:\s+[a-z]+)?\s+(?:who|that)\s+(?:have\s+|had\s+)?[a-z]+ed\s+${HEDGE}$`,
  "u"
);
const SHARE_BRACKET = new RegExp(
  String.raw`${OPEN}${NAMED}\s+(?:nationals|citizens)\s+(?:represented|accounted\s+for|made\s+up|were|constituted)\s+[\d.,]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:all\s+)?(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*\(\s*$`,
  "u"
);
// "asylum requests from Russia, according to Ofpra, with 2,617 applications": what the clause says came from a country.
const FROM_WITH = new RegExp(
  String.raw`\b(?:[Aa]pplications|[Rr]equests|[Cc]laims|[Aa]pplicants|[Aa]sylum\s+seekers|[Aa]rrivals)\s+from\s+(?:the\s+)?${NAMED}(?:,[^.;\d]{0,60}|${BETWEEN})${CLOSE}`,
  "u"
);
const UNKNOWN = new RegExp(
  String.raw`\bwhose\s+(?:nationality|citizenship)\s+(?:is|was|remains|remained)\s+(?:not\s+known|unknown|undetermined)${BETWEEN}${CLOSE}`
);

/** The country of a people as written: a plural ("Russians", "Chinese") or, before "nationals", an adjective. */
function peopleOf(name: string, nationals: boolean): string | null {
  for (const w of name.includes(" ") ? [name, name.split(/\s+/)[0]] : [name]) {
    const plural = countryOfPeople(w);
    if (plural) return plural;
    const c = nationals ? canonicalCountry(w) : null;
    if (c && c !== w && !c.startsWith(`${w} `)) return c;
  }
  return null;
}

/**
 * The citizenship the people a count's clause opens on gives it, "unknown" when it says so, or null; `before` is the
 * sentence up to the count, since a share before a bracketed count ends no clause of its own.
 */
export function leadPeople(lead: string, before = lead): string | null {
  if (UNKNOWN.test(lead)) return "unknown";
  const share = SHARE_BRACKET.exec(before);
  if (share) return peopleOf(share[1], true);
  const subject = SUBJECT_WITH.exec(lead);
  if (subject) return peopleOf(subject[1], Boolean(subject[2]));
  const from = FROM_WITH.exec(lead);
  if (from) return canonicalCountry(from[1]) ?? canonicalCountry(from[1].split(/\s+/)[0]);
  const who = WHO.exec(lead);
  return who ? peopleOf(who[1], false) : null;
}
