/**
 * The country a count of returns came back from, named before the number in its clause: "returned Zimbabwean
 * nationals from South Africa was recorded at 24 305", "and those from Botswana at 35 313", "in the case of
 * deportations from Botswana, females totalled 4 916". A report on the country of origin counts its citizens sent
 * back, and the place they came from sets the parts apart.
 */
import {properName} from "./proper-name.js";
import {canonicalCountry} from "../specs/countries.js";
import {countryOfCode} from "../specs/country-codes.js";

/** Words of people sent or brought back to where they came from. */
export const RETURN_WORD =
  /\b(?:returned|returning|returnees?|returns?|deported|deportees?|deportations?|repatriated|repatriations?|expelled|expulsions?|removed|removals?|(?:sent|brought|flown)\s+back)\b/i;
const FROM_PLACE = new RegExp(String.raw`\bfrom\s+(?:the\s+)?(${properName(3)})`, "gu");
// "those from Botswana", "the ones from Malawi": an elided count of the returns named before it.
const THOSE_FROM = /^\s*(?:and\s+|while\s+|whereas\s+)?(?:those|the\s+ones|the\s+rest)\s+from\b/i;

/** The longest leading run of a name's words that names a country. */
function countryIn(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const c = canonicalCountry(words.slice(0, n).join(" "));
    if (c && !/(?:ian|ese|ish|i)$/.test(words[n - 1])) return c;
  }
  return null;
}

/** Whether a country is the reporting state, given by name or by its ISO alpha-3 code. */
function isState(country: string, state: string): boolean {
  return country === state || countryOfCode(state) === country;
}

/**
 * The country named by the last "from <country>" of `lead` (the clause before a number) when `sentence` (up to the
 * number) speaks of returns and the lead's "from" follows a return word or opens "those from"; never the reporting
 * state, which is where they were returned to.
 */
export function returnPlaceBefore(lead: string, sentence: string, state?: string): string | null {
  if (!state || !RETURN_WORD.test(sentence)) return null;
  const last = [...lead.matchAll(FROM_PLACE)].at(-1);
  if (!last) return null;
  const before = lead.slice(0, last.index);
  // "those who received an order are from Albania": where people come from is their origin, not a place left.
  if (
    /\b(?:are|is|was|were|came|come|comes|originate[sd]?|hail(?:ed|s)?)\s+(?:originally\s+|mostly\s+|mainly\s+)?$/i.test(
      before
    )
  )
    return null;
  const tied = THOSE_FROM.test(lead.slice(0, last.index + 4)) || RETURN_WORD.test(before.split(/[,;]/).at(-1) ?? "");
  if (!tied) return null;
  const country = countryIn(last[1]);
  return country && !isState(country, state) ? country : null;
}
