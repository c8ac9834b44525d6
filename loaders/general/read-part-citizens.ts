/**
 * "63 of the 64 identified victims are citizens of the Republic of Azerbaijan and 1 is a Tajikistan citizen
 * (female)": the citizenship the predicate names is the part's, not its whole's, and a bracketed sex after a
 * part's predicate is that part's sex.
 */
import type {Breakdown} from "../types.js";
import {COUNTRY_SOURCE, canonicalCountry} from "../specs/countries.js";
import {QUALIFIERS} from "../vocabulary/nouns.js";

const CITIZENS_OF = new RegExp(
  String.raw`^[^,;]*?\b(?:are|were|is|was)\s+(?:all\s+)?(?:citizens|nationals)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(${COUNTRY_SOURCE})(?![\p{L}])`,
  "iu"
);

/** The country a part's predicate names its people citizens of: "… are citizens of the Republic of X". */
export function citizensOfPredicate(after: string): string | null {
  const m = CITIZENS_OF.exec(after);
  return m ? canonicalCountry(m[1]) : null;
}

// "… were Ivoirian.", "… were all Nigerian, and": a people's adjective that ends a part's predicate.
const PREDICATE_PEOPLE = /^[^,;]*?\b(?:were|was|are|is)\s+(?:all\s+)?([A-Z]\p{L}+)(?=\s*(?:[,;.)]|\band\b|$))/u;
/** The state of a people's adjective ending a part's predicate; a state's own name ("were Tunisia") names none. */
export function predicatePeople(after: string): string | null {
  const m = PREDICATE_PEOPLE.exec(after);
  const state = m ? canonicalCountry(m[1]) : null;
  return state && state !== m![1] && !state.endsWith(` ${m![1]}`) ? state : null;
}

const SEX_WORDS = QUALIFIERS.filter((q) => q.set.sex).flatMap((q) => q.forms.map((f) => ({f, sex: q.set.sex!})));
const BRACKET_SEX = new RegExp(String.raw`^[^,;()\d]{0,60}?\(\s*(${SEX_WORDS.map((w) => w.f).join("|")})\s*\)`, "i");

/** "1 is a Tajikistan citizen (female)": the sex a bracket after a part's own predicate names. */
export function bracketSex(after: string): Breakdown["sex"] | null {
  const m = BRACKET_SEX.exec(after);
  return m ? (SEX_WORDS.find((w) => w.f === m[1].toLowerCase())?.sex ?? null) : null;
}
