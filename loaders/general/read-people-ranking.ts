/**
 * "Turks topped the 2012 list, with 423 applications. Burmese followed, at 368, and Nepalese, with 320": a ranking of
 * peoples names, before each number, the people whose count it is.
 */
import {canonicalCountry} from "../specs/countries.js";
import {APPROX_BEFORE} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";
import {countryOfPeople} from "./read-subject-people.js";

// "represented the largest group", "still comprise the biggest group of foreign workers", "remain the second largest
// nationality", "are now the third biggest group": a people named at a place of a ranking.
const LARGEST = String.raw`(?:(?:still|now|again|also)\s+)?(?:represent(?:ed|s)?|make\s+up|makes\s+up|made\s+up|form(?:ed|s)?|constitut(?:ed|es?)|compris(?:ed|es?)|were|was|are|is|remain(?:ed|s)?|bec(?:a|o)mes?)\s+(?:(?:still|now|again)\s+)?the\s+(?:(?:largest|biggest|most\s+numerous)|(?:second|third|fourth|fifth)[- ]?(?:largest|biggest|most\s+numerous)?)\s+(?:group|share|number|nationality|contingent|community|source)(?:\s+of\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?`;
// The ranking's verbs: the first place ("topped the list") and the places after it ("followed", "came next").
const RANKED = String.raw`(?:topped|led|headed)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:list|ranking|table|statistics)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?|lead|leads|led|top|tops|topped|followed|came\s+(?:next|second|third|fourth)|ranked\s+(?:first|next|second|third|fourth)|were\s+(?:next|second|third|fourth)|${LARGEST}`;
// A people's name, one or two capitalised words ("Burmese", "Sri Lankan"), and "nationals" or "citizens" after an adjective.
const PEOPLE = String.raw`([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)(\s+(?:nationals|citizens))?`;
const HEDGE = String.raw`(?:(?:${alternation(APPROX_BEFORE)})\s+)?`;
const PEOPLE_BEFORE = new RegExp(
  String.raw`(?:(?:^|[,;])\s*(?:(?:and|but|while|whereas)\s+)?|\band\s+|^\s*[A-Za-z ]{1,30},\s*)(?:the\s+)?${PEOPLE}(\s+(?:${RANKED}))?\s*,?\s+(?:with|at)\s+${HEDGE}$`,
  "u"
);

// "pushing those from the UK into fourth with 2,057": a people moved to a lower place of the ranking.
const PUSHED = new RegExp(
  String.raw`\b(?:those|people|workers|nationals)\s+from\s+(?:the\s+)?([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(?:in)?to\s+(?:second|third|fourth|fifth|sixth)(?:\s+place)?\s*,?\s+(?:with|at)\s+${HEDGE}$`,
  "u"
);

/**
 * The citizenship of the people a ranking names right before a count ("Burmese followed, at "), or null. A people
 * with no ranking verb of its own ("and Nepalese, with ") counts only in a sentence that ranks.
 */
export function rankedPeople(lead: string, sentence: string): string | null {
  const pushed = PUSHED.exec(lead);
  if (pushed) return canonicalCountry(pushed[1]);
  const m = PEOPLE_BEFORE.exec(lead);
  if (!m) return null;
  if (!m[3] && !new RegExp(String.raw`\b(?:${RANKED})\b`).test(sentence)) return null;
  // "Indian nationals": an adjective of a people before "nationals" names its state as a name would.
  return m[2] ? canonicalCountry(m[1]) : countryOfPeople(m[1]);
}

// "Burmese followed, at 368", "Nepalese represented the largest group at 1,768": a sentence opening on a ranked people.
const OPENS_RANKING = new RegExp(
  String.raw`^\s*(?:the\s+)?${PEOPLE}\s+(?:lead|leads|led|tops|topped|followed|came\s+next|ranked\s+next|were\s+next|${LARGEST})\s*,?\s+(?:with|at)\b`,
  "u"
);

/** Whether a sentence goes on with a ranking of peoples begun before it ("Burmese followed, at 368"). */
export function continuesPeopleRanking(text: string): boolean {
  const m = OPENS_RANKING.exec(text);
  return Boolean(m && (m[2] ? canonicalCountry(m[1]) : countryOfPeople(m[1])));
}

/**
 * Whether the lead before a count ranks a people named with "nationals" or "citizens", no thing counted of its own
 * ("Indian nationals are now the third biggest group at").
 */
export function ranksNationals(lead: string): boolean {
  const m = PEOPLE_BEFORE.exec(lead);
  return Boolean(m?.[2] && m[3]);
}

// "…, trailed by Vietnam with 52,000 and Thailand with 35,000", "followed by the USA with 7.6 million": a state a
// ranking names, with its figure after "with".
const STATE_ITEM = new RegExp(
  String.raw`(?:(?:followed|trailed)\s+(?:closely\s+)?by|[,;]|\band)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+with\s+${HEDGE}$`,
  "u"
);

/** The state an item of a ranking names right before its figure ("trailed by Vietnam with "), or null. */
export function rankedStateItem(lead: string): string | null {
  const m = STATE_ITEM.exec(lead);
  return m ? canonicalCountry(m[1]) : null;
}

// "transfers from Australia ($22.8 million), New Zealand ($14.6 million) and …": a state an amount is bracketed after.
const BRACKETED_STATE_ITEM = new RegExp(
  String.raw`(?:[,;]|\band)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+\(\s*${HEDGE}$`,
  "u"
);

/** The state a listed amount is bracketed after ("…, New Zealand ("), or null. */
export function bracketedStateItem(lead: string): string | null {
  const m = BRACKETED_STATE_ITEM.exec(lead);
  return m ? canonicalCountry(m[1]) : null;
}
