/**
 * "130 men and five women, all Hondurans, were deported from the United States", "… deported 172 Hondurans and 135
 * from the United States": the country people were sent or brought back from is where the count took place; "Mexico's
 * immigration authorities deported 172 Hondurans": so is the country whose authorities acted.
 */
import {canonicalCountry} from "../specs/countries.js";
import {properName} from "./proper-name.js";
import {returnedFrom} from "./read-place-list.js";

const NAME = properName(3);
const MOVED = String.raw`(?:deported|expelled|removed|returned|repatriated|evacuated|sent\s+back|sent\s+home|brought\s+back)`;
// ", all Hondurans," or "(all Salvadorans)" may stand between the count and its passive verb of removal.
const MOVED_FROM = new RegExp(
  String.raw`^\s*(?:,\s*all\s+[^,;()]{1,40},|\(\s*all\s+[^;()]{1,40}\))?\s*(?:(?:who|that)\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)(?:[a-z]+ly\s+)?${MOVED}\s+(?:home\s+)?from\s+(?:the\s+)?(${NAME})`,
  "u"
);
// "… deported 172 Hondurans and 135 from the United States": a bare "from" after an elided count under such a verb.
const BARE_FROM = new RegExp(String.raw`^\s*from\s+(?:the\s+)?(${NAME})`, "u");

/** The longest leading run of a name's words that names a country; none when it heads a list ("South Africa and Botswana"). */
function leadingCountry(name: string, rest = ""): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const c = canonicalCountry(words.slice(0, n).join(" "));
    if (!c) continue;
    const next =
      /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)/u.exec(
        `${words.slice(n).join(" ")} ${rest}`
      );
    const listed = next && (canonicalCountry(next[1]) || canonicalCountry(next[1].split(/\s+/)[0]));
    return listed ? null : c;
  }
  return null;
}

/** The country a count was moved from, read from its own passive predicate or, under a verb of removal, a bare "from". */
export function movedFrom(after: string, lead: string): string | null {
  const own = MOVED_FROM.exec(after);
  if (own) return leadingCountry(own[1], after.slice(own.index + own[0].length));
  const bare = BARE_FROM.exec(after);
  return bare && returnedFrom(`${lead} from `) ? leadingCountry(bare[1], after.slice(bare[0].length)) : null;
}

const LEAD_HEDGE = String.raw`(?:(?:about|around|some|over|more\s+than|almost|nearly|a\s+total\s+of)\s+)?`;
// "Mexico’s immigration authorities deported", "Panama's National Migration Service has registered".
const ACTING = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:that|and)\s+)(?:the\s+)?(${NAME})['’]s\s+(?:[A-Za-z-]+\s+){0,4}?(?:authorities|police|government|officials|forces|guards?|service|institute|agency|ministry|department|office)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\s+${LEAD_HEDGE}$`,
  "u"
);
// "Mexico deported 90,452 Central Americans", "Canada sent back 104 Jamaicans": a state that sends people away is where
// they were; "returned" and "repatriated" are left out, since a state also brings its own nationals home. A dateline's
// dash opens the clause too ("GUATEMALA CITY – The United States deported 21,062 Guatemalans").
const SENDING = new RegExp(
  String.raw`(?:^|[,;:–—]\s*|\s-\s+|\b(?:that|and|while|whereas)\s+)(?:the\s+)?(${NAME})\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:[a-z]+ly\s+)?(?:deported|expelled|removed|sent\s+back|sent\s+home)\s+${LEAD_HEDGE}$`,
  "u"
);

/** The country whose authorities are the subject of the verb just before a count, or null. */
export function actingCountry(lead: string, state?: string): string | null {
  const own = ACTING.exec(lead);
  // "Kuwait deported 1,764": the reporting state sending people away is the whole of its own count, no part of it.
  const sending = own ? null : SENDING.exec(lead);
  const m = own ?? sending;
  if (!m) return null;
  const name = m[1].replace(/^the\s+/i, "");
  const c = leadingCountry(name);
  // A demonym ("the Mexican authorities") has no possessive; the name must be the country's own.
  return c && canonicalCountry(name) === c && !(sending && c === state) ? c : null;
}
