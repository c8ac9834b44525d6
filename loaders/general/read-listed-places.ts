/**
 * A count listed after the place it is of: "Guyana, 125; The Bahamas, 109", "Dominica 10, Grenada 10, St.
 * Kitts-Nevis 9", "followed by Jamaica 787", "followed by Cuba with 1,179", "St Vincent and the Grenadines received
 * a total of 13". A place and a bare count are an item only inside a list (a separator or "followed by" before
 * the place, the list going on or ending after the count), so "In Germany, 125 persons were deported" is none.
 */
import {canonicalCountry} from "../specs/countries.js";

const WORD = String.raw`[A-Z][\p{L}’'.]*`;
// "St. Vincent and the Grenadines", "Antigua -Barbuda", "The Bahamas": capitalised words, joined by "and (the)" or a hyphen.
const NAME = String.raw`(?:[Tt]he\s+)?${WORD}(?:\s*-\s*${WORD}|\s+(?:and|&)\s+(?:the\s+)?${WORD}|\s+${WORD}){0,4}`;
const APPROX = String.raw`(?:(?:some|about|around|nearly|almost|over|more\s+than|a\s+whopping|a\s+total\s+of)\s+)?`;
// "went from", "rose from", "saw an increase from": a change a place's count underwent.
const CHANGE = String.raw`(?:went|rose|fell|dropped|increased|decreased|grew|declined|climbed|(?:saw|had|recorded)\s+an?\s+(?:increase|decrease|rise|drop|fall|decline))`;
const LIST_BEFORE = /(?:^|[:;,]|\bfollowed\s+by|\bas\s+follows|\band|\bare|\bwere|\bincluding|\bnamely)\s*$/i;
const ITEMS = [
  {via: "comma", re: new RegExp(String.raw`(${NAME})\s*,\s*${APPROX}$`, "u"), inList: true},
  {via: "bare", re: new RegExp(String.raw`(${NAME})\s+${APPROX}$`, "u"), inList: true},
  {via: "with", re: new RegExp(String.raw`(${NAME})\s+with\s+${APPROX}$`, "u"), inList: false},
  {via: "received", re: new RegExp(String.raw`(${NAME})\s+received\s+${APPROX}$`, "u"), inList: true},
  // "St. Lucia had 22 deportees", "Dominica went from 19 to 16", "Grenada, which saw an increase from 9 to 13": a
  // place as the subject of its own count or change, opening a sentence or a clause.
  {
    via: "subject",
    re: new RegExp(String.raw`(${NAME})\s+(?:had|recorded|registered|reported|counted)\s+${APPROX}$`, "u"),
    inList: false
  },
  {
    via: "subject",
    re: new RegExp(String.raw`(${NAME}),?\s+(?:which\s+)?${CHANGE}\s+from\s+${APPROX}$`, "u"),
    inList: false
  },
  {
    via: "subject",
    re: new RegExp(
      String.raw`(${NAME}),?\s+(?:which\s+)?${CHANGE}\s+from\s+[\d,.]+(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+${APPROX}$`,
      "u"
    ),
    inList: false
  }
] as const;
const CLAUSE_OPENS = /(?:^|[:;,.]|\band|\bwhile|\bwhereas|\bbut)\s*$/i;
// The list goes on after the count ("; Belize", ", Grenada", " and Montserrat") or ends with the sentence.
const ITEM_END = /^\s*(?:[;.]|,\s*(?:and\s+)?(?:the\s+)?[A-Z]|and\s+(?:the\s+)?[A-Z]|,?\s*respectively\b|$)/u;

export interface ListedPlace {
  country: string;
  /** How the item was written: "comma", "bare", "with", "received" or "subject". */
  via: (typeof ITEMS)[number]["via"];
}

/** The country of the longest run of the name's last words that names one ("Dominica" of "OECS Dominica"). */
function countryOfName(name: string): string | null {
  const words = name.replace(/\s*-\s*/g, "-").split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(" ");
    // "St Vincent and the Grenadines", "St. Kitts": a saint's abbreviation, with or without its point.
    const c = canonicalCountry(name) ?? canonicalCountry(name.replace(/^St\.?\s+/, "Saint "));
    if (c) return c;
  }
  return null;
}

/** The place a listed count is of, from the text right before the count and right after it. */
export function listedPlace(before: string, after: string): ListedPlace | null {
  for (const {via, re, inList} of ITEMS) {
    const m = re.exec(before);
    if (!m) continue;
    if (inList && !(LIST_BEFORE.test(before.slice(0, m.index)) && ITEM_END.test(after))) continue;
    // A subject opens its sentence or clause.
    if (via === "subject" && !CLAUSE_OPENS.test(before.slice(0, m.index))) continue;
    const country = countryOfName(m[1]);
    if (country) return {country, via};
  }
  return null;
}

// A count sent somewhere: deportations, removals, repatriations; the places they were sent to are their peoples'.
const SENT = /\b(?:deport|remov|repatriat|expel|expuls|sent\s+(?:back|home|packing)|returned\s+to)\w*/i;

/** Whether a sentence (with the one before it) speaks of people sent back to the places it lists. */
export function sentToPlaces(sentence: string, before = ""): boolean {
  return SENT.test(sentence) || SENT.test(before);
}
