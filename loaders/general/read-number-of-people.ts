/**
 * "The number of Iraqis interested in asylum dropped from 131 to 17", "the number of Syrians increased from 27 to 88,
 * and of Iranians from 34 to 84": a people after "number of" is counted as persons of that citizenship, and a
 * gapped "and of <people> from" repeats the change for another people.
 */
import {COUNTED_NOUNS} from "../vocabulary/nouns.js";
import type {Counted} from "./read-counted.js";
import {countryOfPeople} from "./read-subject-people.js";

const PERSON = COUNTED_NOUNS.find((n) => n.lemma === "person")!;

// A plural demonym ("Iraqis") or an invariant one ("Chinese"), capitalised, right at the reading position.
const PEOPLE_AT = /^\s*([A-Z][\p{L}-]+)/u;

/** Persons of the people named at `from` ("Syrians" after "the number of"), or null when no people is named there. */
export function peopleCounted(text: string, from: number): Counted | null {
  const m = PEOPLE_AT.exec(text.slice(from));
  const citizenship = m ? countryOfPeople(m[1]) : null;
  if (!m || !citizenship) return null;
  return {
    noun: PERSON,
    end: from + m[0].length,
    breakdown: {citizenship},
    stop: "",
    copular: false,
    modifiers: ""
  };
}

// ", and of Iranians from": the change's verb and "number" stand in the clause before and are not repeated.
const GAPPED = /(?:,\s*|\s)and\s+(?:the\s+number\s+)?of\s+([A-Z][\p{L}-]+)\s+(?:from|to)\s+$/u;

/** The citizenship of the people a gapped "and of <people> from" names right before a number, or null. */
export function gappedPeople(lead: string): string | null {
  const m = GAPPED.exec(lead);
  return m ? countryOfPeople(m[1]) : null;
}
