/**
 * "Other major segments came from Vietnam (15,267), Indonesia (5,466) and Nepal (4,274)", "They were followed by
 * nationals of Ghana (212) and Togo (87)": a sentence whose only figures are bracketed after states it says people
 * came from breaks the count of the sentence before it down by citizenship.
 */
import {canonicalCountry} from "../specs/countries.js";

// "Hong Kong (4,578)", "the Philippines (31,924)": a state's name, then its count alone in brackets.
const ITEM = /(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*\(\s*(?:\d[\d,.]*|[a-z]+)\s*\)/gu;
// The lead before the first item says where people came from, or that the list goes on from the count before.
const FROM_LEAD =
  /\b(?:(?:came|come|coming|were|are|was|is|originat(?:ed|ing|e)s?)\s+(?:mainly\s+|mostly\s+|largely\s+|primarily\s+)?from|followed\s+by|nationals\s+of|citizens\s+of)\s*(?:(?:the|nationals\s+of|citizens\s+of|workers\s+from|those\s+from)\s+)?$/i;

/** The longest trailing run of a name's words that names a state by its own name (not a demonym). */
function stateAtEnd(name: string): string | null {
  const words = name.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const c = canonicalCountry(words.slice(k).join(" "));
    if (c) return c;
  }
  return null;
}

/** Whether a sentence lists, in brackets after states people came from, two or more parts of the count before it. */
export function continuesByOrigin(text: string): boolean {
  const items = [...text.matchAll(ITEM)];
  if (items.length < 2 || !items.every((m) => stateAtEnd(m[1]))) return false;
  if (!FROM_LEAD.test(text.slice(0, items[0].index))) return false;
  // A figure outside the brackets is a count of the sentence's own.
  return !/\d/.test(text.replace(/\([^()]*\)/g, " "));
}
