/**
 * Which breakdown a place in a list of "Place (number)" items gives its count: the country people returned,
 * came back or were evacuated from is a place they were in ("returned from the UAE, followed by Saudi Arabia
 * (118,064)"), while a list of "countries of origin" or "nationalities" names citizenships ("Top countries of
 * origin are Syria (631) ahead of Afghanistan (597)").
 */
import {continuesByOrigin} from "./read-origin-brackets.js";
import {canonicalCountry} from "../specs/countries.js";
import {properName} from "./proper-name.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

/** Verbs of coming back from a place one stayed in; "from" after them names that place, not one's nationality. */
// "repatriated 200 Indonesian victims from Malaysia", "repatriated 43,061 nationals from": the count (commas and all)
// and its noun may stand between the verb and "from".
// "returnees was 12,002 from Iran": people named by their return came back from the place too, whatever the copula.
const RETURN_FROM =
  /\b(?:(?:returned|returning|returns?|repatriated|repatriating|repatriations?|evacuated|evacuating|came\s+back|coming\s+back|come\s+back|brought\s+back|deported|expelled|removed|sent\s+back)\s+(?:home\s+)?(?:(?!(?:who|whom|which|that|came|come|originally|were|are|was|is)\b)(?:\d[\d,.]*\d|[^\s;,]+)\s+){0,4}?|(?:returnees?|deportees?)\s+(?:(?!(?:who|whom|which|that|came|come|originally)\b)(?:\d[\d,.]*\d|[^\s;,]+)\s+){0,4}?)from\s+/gi;

/** Whether the last "from" of a list's lead clause follows a verb of return: its places are where people returned from. */
export function returnedFrom(lead: string): boolean {
  const last = lead.toLowerCase().lastIndexOf("from ");
  if (last < 0) return false;
  let match: RegExpExecArray | null = null;
  RETURN_FROM.lastIndex = 0;
  for (let m = RETURN_FROM.exec(lead); m; m = RETURN_FROM.exec(lead)) match = m;
  if (match === null) return false;
  const end = match.index + match[0].length;
  // "… from Malaysia, 150 from Saudi Arabia, and 30 from": a list of such places goes on; "deported from neighbouring
  // countries, including from Mali (": so do the places that name which.
  return end === last + 5 || LISTED_FROM.test(lead.slice(end, last)) || NAMING_WHICH.test(lead.slice(end, last));
}

const NAMING_WHICH = /^[^;]{0,80}?,\s*(?:including|notably|mainly|mostly|especially|in\s+particular|such\s+as)\s+$/i;

const PLACE_WORDS = properName(undefined, {oneLetter: true});
const LIST_JOIN = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+)`;
const LISTED_FROM = new RegExp(
  String.raw`^(?:the\s+)?${PLACE_WORDS}(?:${LIST_JOIN}\S+\s+from\s+(?:the\s+)?${PLACE_WORDS})*${LIST_JOIN}\S+\s+$`,
  "u"
);

const NAME = properName(3);
const RETURN_PLACE_AFTER = new RegExp(
  String.raw`^\s*[–—-]?\s*(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?(?:also\s+)?(?:returned|repatriated|evacuated|came\s+back|brought\s+back|(?:assisted|helped|supported)\s+to\s+return)\s+(?:home\s+)?from\s+(?:the\s+)?(${NAME})`,
  "u"
);

// "helped 2,100 migrants (to) return home from Niger": the return the count was helped to, right after its noun; a
// part set off by a dash ("– 76 men and 95 women – to return") leaves the return to the whole before the dash.
const HELPED_RETURN_AFTER = new RegExp(String.raw`^\s*(?:to\s+)?return\s+(?:home\s+)?from\s+(?:the\s+)?(${NAME})`, "u");

/**
 * "– 152,126 – returned from the UAE", "3,104 were repatriated from Libya", "assisted 2,100 migrants to return home
 * from Niger": the country a count came back from.
 */
export function returnPlaceAfter(after: string): string | null {
  const m = RETURN_PLACE_AFTER.exec(after) ?? HELPED_RETURN_AFTER.exec(after);
  return m ? longestCountry(m[1]) : null;
}

/** The longest leading run of a name's words that names a country ("Saudi Arabia" of "Saudi Arabia Kuwait"). */
export function longestCountry(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const c = canonicalCountry(words.slice(0, n).join(" "));
    if (c) return c;
  }
  return null;
}

/**
 * A lead that lists origins or nationalities: "Top countries of origin are", "the main nationalities were", "filed by
 * nationals of Afghanistan (488), …" (a decimal point ends no clause).
 */
// "The top five countries which recorded the highest number at immigration depots are Indonesia (3,375), …": the
// leading countries of a count of people, with no word of where they went, are where those people are from.
const TOP_COUNTRIES =
  /\b(?:top|main|leading|principal|major)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?countries\b(?![^.;]*\b(?:destinations?|to\s+which|where|receiv(?:e|ed|es|ing)|host(?:s|ed|ing)?|welcom(?:e|ed|es|ing)|admitt(?:ed|ing)|took\s+in|went|sent)\b)/;
const ORIGIN_LEAD = new RegExp(
  String.raw`(?:\b(?:countr(?:y|ies)\s+of\s+(?:origin|citizenship|nationality)|source\s+countries|origin\s+countries|nationalities|citizenships)\b|${TOP_COUNTRIES.source}|\b(?:nationals|citizens)\s+of\s+[^.;()]{1,60}\()(?:[^.;]|\.(?=\d))*$`,
  "i"
);

/** Whether the places listed after this lead are citizenships. */
export function listsOrigins(lead: string): boolean {
  // "citizens of Russia (2,600; mostly Chechens), Tajikistan (": a semicolon inside an item's bracket ends no clause.
  return ORIGIN_LEAD.test(lead.replace(/\([^()]*\)/g, (m) => m.replace(/;/g, ",")));
}

// "Albania (97)", "Georgia – 39", "followed by Georgia at 39", "from Kosovo – more than 6 thousand".
const PLACE_BEFORE_COUNT = new RegExp(
  String.raw`(${NAME})\s*(?:\(|[-–:]|\s+at)\s*(?:(?:more\s+than|over|about|around|nearly|almost|some|approximately)\s+)?$`,
  "u"
);

// "Syria with 206 applications": only an item of a list of origins, since "recorded in Malta with 1,445" names a place.
const ORIGIN_WITH_COUNT = new RegExp(
  String.raw`(${NAME}),?\s+with\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|approximately)\s+)?$`,
  "u"
);

/** The country named just before an item's bracket, by the longest run of capitalised words that names one. */
export function placeBeforeBracket(before: string, origins = false): {name: string; country: string} | null {
  const m = PLACE_BEFORE_COUNT.exec(before) ?? (origins ? ORIGIN_WITH_COUNT.exec(before) : null);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(" ");
    const c = canonicalCountry(name) ?? canonicalCountry(name.replace(/s$/, ""));
    if (c) return {name, country: c};
  }
  return null;
}

/**
 * "Top countries of origin are still Syria (631) …", "The main country of origin was Afghanistan, with 17,103", "At the
 * top of the list of countries of origin is Afghanistan": a sentence opening on the origins of the count before it.
 */
const ORIGIN_OPENING =
  /^(?:(?:the\s+)?(?:top|main|leading|principal|major|largest|most\s+(?:common|frequent|relevant|represented|numerous|important))\s+(?:(?:five|ten|three|[a-z]+)\s+)?|(?:at\s+)?the\s+top\s+of\s+the\s+list\s+of\s+)(?:countr(?:y|ies)\s+of\s+(?:origin|citizenship)|source\s+countr(?:y|ies)|origin\s+countr(?:y|ies)|nationalit(?:y|ies)|citizenships?)(?:\s+(?:of|among)\s+[^.;:()\d]{1,80}?)?(?:\s+(?:(?:were|are|was|is|remain(?:s|ed)?)(?:\s*:)?\s+(?:still\s+)?|included?(?:\s*:)?\s+)|\s*:\s*)/i;

// "The top five countries which recorded the highest number at immigration depots are Indonesia (3,375), …".
const TOP_COUNTRIES_OPENING = new RegExp(
  String.raw`^["“]?(?:the\s+)?${TOP_COUNTRIES.source}[^.;:()\d]{0,100}?\s(?:are|were|include|included)\s+(?=(?:the\s+)?\p{Lu})`,
  "iu"
);

/** Whether a sentence lists the origins of the count stated just before it. */
export function opensOriginList(text: string): boolean {
  return ORIGIN_OPENING.test(text) || TOP_COUNTRIES_OPENING.test(text) || continuesByOrigin(text);
}

/** "The second highest is from Magway Region …": a sentence continuing the ranking of the one before it. */
export function continuesOrdinalRanking(text: string): boolean {
  return /^(?:the\s+)?(?:second|third|fourth|fifth|next)\s+(?:highest|largest|biggest|greatest|most\s+numerous)\b/i.test(
    text
  );
}

// "715 were transferred …", "Fifty others were readmitted …": a bare count, in figures or words, and a passive verb.
const BARE_PASSIVE = new RegExp(
  String.raw`^(?:\d[\d,.]*|${NUMBER_WORD_SOURCE})\s+(?:others\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:either\s+|also\s+|then\s+|[a-z]+ly\s+)?[a-z]+ed\b`,
  "i"
);

/**
 * "1,518 were either returned to their original state …": a sentence opening on a bare count and a passive verb
 * counts the persons of the sentence before it.
 */
export function opensOnBarePassive(text: string): boolean {
  return BARE_PASSIVE.test(text);
}

/** "715 others were transferred …": a count of others of the noun before it, with a passive verb of its own. */
export function othersPassive(after: string): boolean {
  return /^\s+(?:others|more)\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b/i.test(after);
}
