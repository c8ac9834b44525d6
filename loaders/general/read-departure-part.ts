/**
 * A part named by where it came from, under a whole whose people are already named or who came from a
 * place: "41,612 Indonesian migrant workers were repatriated, of whom 27,877 were from Malaysia, 8,657 from
 * Saudi Arabia", "4,000 migrants were returned from Germany, 3,000 from Austria". The part's "from" names
 * the country they left, not a second citizenship, when the whole came from a place or is of the reporting
 * state's own citizens.
 */
import type {Breakdown} from "../types.js";

// "27,877 were from Malaysia", "3,000 from Austria", "200 came from Italy".
const FROM = /^\s+(?:(?:were|was|came|returned|arrived|had\s+come)\s+)?from\s/i;

// "the total number of undocumented returnees is 351,744, including 349,873 from Iran": people who came home, whose
// "from" is the place they left.
const HOMECOMING = /\b(?:returnees?|returned\s+home|came\s+(?:back|home)|coming\s+(?:back|home)|homecoming)\b/i;

/** The part's breakdown with its "from" country as the country, or null when the part is no such part. */
export function departurePart(
  after: string,
  part: Breakdown,
  whole: Breakdown,
  wholeAfter: string,
  state: string | undefined,
  wholeLead = ""
): Breakdown | null {
  const from = part.citizenship;
  if (!from || part.country || !FROM.test(after)) return null;
  // "300 were from Syria and 200 from Iraq": a part listed after one whose "from" named its people names people too.
  if (FROM.test(wholeAfter) && !whole.country) return null;
  const leftPlace = (Boolean(whole.country) && !whole.citizenship) || (Boolean(state) && HOMECOMING.test(wholeLead));
  // The reporting state's own citizens counted abroad ("Indonesian migrant workers … 27,877 were from Malaysia").
  const otherPeople = Boolean(state) && whole.citizenship === state && from !== state;
  if (!leftPlace && !otherPeople) return null;
  if (from === state) return null;
  // People coming home are the reporting state's own, unless the whole already says whose they are.
  const people = whole.citizenship ?? (HOMECOMING.test(wholeLead) ? state : undefined);
  return {...part, country: from, citizenship: people};
}
