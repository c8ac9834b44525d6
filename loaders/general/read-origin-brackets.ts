/**
 * "Other major segments came from Vietnam (15,267), Indonesia (5,466) and Nepal (4,274)", "They were followed by
 * nationals of Ghana (212) and Togo (87)", "The main destinations were France (28,925) and India (26,607)": a
 * sentence whose only figures are bracketed after states it says people came from or went to breaks the count of the
 * sentence before it down by citizenship or by country.
 */
import {canonicalCountry} from "../specs/countries.js";
import {lastNounIn} from "./read-counted.js";

// "Hong Kong (4,578)", "the Philippines (31,924)", "France (28,925 or 9.8%)": a state's name, then its count in
// brackets, alone or with its share.
const ITEM =
  /(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*\(\s*(?:\d[\d,.]*|[a-z]+)(?:\s*(?:or|,|;)\s*\d[\d.]*\s*(?:%|per\s?cent|percent))?\s*\)/gu;
// The lead before the first item says where people came from or went to, or that the list goes on from the count before.
const FROM_LEAD =
  /\b(?:(?:came|come|coming|were|are|was|is|originat(?:ed|ing|e)s?)\s+(?:mainly\s+|mostly\s+|largely\s+|primarily\s+)?from|followed\s+by|nationals\s+of|citizens\s+of)\s*(?:(?:the|nationals\s+of|citizens\s+of|workers\s+from|those\s+from)\s+)?$/i;
const TO_LEAD =
  /\b(?:(?:main|top|leading|principal|major)\s+(?:countries\s+of\s+(?:destination|disembarkation)|destination\s+countries|destinations)(?:\s+[^,;.()]{0,60})?\s+(?:were|are|was|is|included?)|(?:went|headed|travelled|traveled|left)\s+(?:mainly\s+|mostly\s+|largely\s+)?(?:to|for))\s+(?:the\s+)?$/i;

/** The longest trailing run of a name's words that names a state by its own name (not a demonym). */
function stateAtEnd(name: string): string | null {
  const words = name.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const c = canonicalCountry(words.slice(k).join(" "));
    if (c) return c;
  }
  return null;
}

/** Whether a sentence lists, in brackets after states, two or more parts of the count before it, after a lead `said`. */
function continuesByPlaces(text: string, said: RegExp): boolean {
  const items = [...text.matchAll(ITEM)];
  if (items.length < 2 || !items.every((m) => stateAtEnd(m[1]))) return false;
  const lead = text.slice(0, items[0].index);
  const m = said.exec(lead);
  if (!m) return false;
  // "The largest number of applicants … came from Syria (89)": a subject of its own counts the items, not the count before.
  if (lastNounIn(lead, 0, m.index)?.noun) return false;
  // A figure outside the brackets (a year aside) is a count of the sentence's own.
  return !/\d/.test(text.replace(/\([^()]*\)/g, " ").replace(/\b(?:19|20)\d\d\b/g, " "));
}

/** Whether a sentence lists, in brackets after states people came from, two or more parts of the count before it. */
export function continuesByOrigin(text: string): boolean {
  return continuesByPlaces(text, FROM_LEAD);
}

/** Whether a sentence lists, in brackets after states people went to, two or more parts of the count before it. */
export function continuesByDestination(text: string): boolean {
  return continuesByPlaces(text, TO_LEAD);
}

// "Eritrea was once again the top country of origin (2,899 applications)": a state named the top origin, its count after.
const ORIGIN_SUBJECT =
  /(?:^|[.;:,]\s*(?:(?:and|while|whereas)\s+)?)(?:[Tt]he\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*){0,4})\s+(?:was|is|were|are|remained|remains)\s+(?:once\s+again\s+|again\s+|still\s+|by\s+far\s+)?the\s+(?:top|main|largest|leading|principal|biggest|most\s+common|most\s+frequent)\s+(?:country|nationality|source\s+country|country\s+of\s+(?:origin|citizenship)|nationality\s+of\s+origin)(?:\s+of\s+origin)?\s*[(,–—-]\s*(?:with\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/u;

/** The state a clause names as the top origin right before the count at the end of `lead`, or null. */
export function originSubject(lead: string): string | null {
  const m = ORIGIN_SUBJECT.exec(lead);
  return m ? stateAtEnd(m[1]) : null;
}
