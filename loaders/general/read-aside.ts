/**
 * "In 2018 29 people, 7 of which children, have received support …", "12 victims, including three children, were
 * placed in shelters", "64,284 people, including 58,447 men and 5,837 women, obtained": a part set off by commas
 * between a count and its verb (a thousands comma inside it sets off nothing); the count's clause runs on past it.
 * "38 trafficking victims from Burkina Faso, 18 minors and 20 adults, will be deported": so does a run of its parts by
 * sex or age, and "778 Nigeriens — including 222 minors — were returned" an aside between dashes.
 */
import {PERSON_PARTS} from "./person-parts.js";
import {alternation} from "./alternation.js";
import {IRREGULAR_PASTS, PEOPLE_PASTS} from "../vocabulary/events.js";

const ASIDE =
  /^(?:\s+of\s+[a-z ]{1,30}?)?\s*,\s*(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:which|whom|them)\s+(?:were\s+)?[^,;()]{1,40},|^(?:\s+of\s+[a-z ]{1,30}?)?\s*,\s*(?:including|among\s+them|of\s+(?:which|whom))\s+(?:\d,(?=\d{3})|[^,;()]){1,50},/i;
// "778 Nigeriens — including 222 minors — were returned": the same part set off by a pair of dashes.
const DASH_ASIDE =
  /^(?:\s+of\s+[a-z ]{1,30}?)?\s*([–—])\s*(?:including|among\s+them|of\s+(?:which|whom))\s+(?:\d,(?=\d{3})|[^,;()–—]){1,50}?\s*\1/i;
const PARTS_ASIDE = new RegExp(
  String.raw`^(?:\s+(?:of|from)\s+[A-Za-z'’ ]{1,30}?)?\s*([,–—])\s*${PERSON_PARTS}\s*\1`,
  "i"
);

// The verbs a helper's complement opens on without "to" ("helped 170 migrants … return home").
const BARE_COMPLEMENT = /^\s*(?:return|go|come|travel|leave|move|resettle|reach|reunite|get\s+home)\b/;

// "have received", "were placed", "who went abroad": a verb after the aside (or its "who"), regular or one of people's
// own irregular pasts.
const VERB_AFTER = new RegExp(
  String.raw`^\s*(?:who\s+)?(?:have|has|had|were|was|are|is|will|would|received|[a-z]+ed|${alternation([...IRREGULAR_PASTS, ...PEOPLE_PASTS])})\b`,
  "i"
);

/** The end of an aside right after `at`, or null when none follows or no verb comes after it. */
export function asideAfter(text: string, at: number): number | null {
  const m = ASIDE.exec(text.slice(at)) ?? DASH_ASIDE.exec(text.slice(at)) ?? PARTS_ASIDE.exec(text.slice(at));
  if (!m) return null;
  const end = at + m[0].length;
  // Only a verb after the aside makes it an aside: "29 people, 7 of which children, have received".
  if (VERB_AFTER.test(text.slice(end))) return end;
  // "assisted 165 stranded migrants – 152 men and 13 women – to return home", "helped 170 migrants – 158 men and 12
  // women – return home": the verb's complement goes on after parts, with "to" or without.
  return m[1] !== undefined && (/^\s*to\s+[a-z]+/.test(text.slice(end)) || BARE_COMPLEMENT.test(text.slice(end)))
    ? end
    : null;
}
