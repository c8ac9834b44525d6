/**
 * "Turks topped the 2012 list, with 423 applications. Burmese followed, at 368, and Nepalese, with 320": a ranking of
 * peoples names, before each number, the people whose count it is.
 */
import {countryOfPeople} from "./read-subject-people.js";

// "represented the largest group", "were the second-largest nationality": a people named first of a ranking.
const LARGEST = String.raw`(?:represented|made\s+up|formed|constituted|comprised|were|was)\s+the\s+(?:largest|biggest|(?:second|third)[- ]largest|most\s+numerous)\s+(?:group|share|number|nationality|contingent|community)(?:\s+of\s+[a-z]+)?`;
// The ranking's verbs: the first place ("topped the list") and the places after it ("followed", "came next").
const RANKED = String.raw`(?:topped|led|headed)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:list|ranking|table|statistics)(?:\s+(?:in|for)\s+(?:19|20)\d\d)?|followed|came\s+(?:next|second|third|fourth)|ranked\s+(?:first|next|second|third|fourth)|were\s+(?:next|second|third|fourth)|${LARGEST}`;
const HEDGE = String.raw`(?:(?:about|around|some|over|nearly|almost|roughly|more\s+than|just\s+(?:over|under))\s+)?`;
const PEOPLE_BEFORE = new RegExp(
  String.raw`(?:^|[,;]\s*(?:and\s+)?|\band\s+|^\s*[A-Za-z ]{1,30},\s*)(?:the\s+)?([A-Z][\p{L}-]+)(\s+(?:${RANKED}))?\s*,?\s+(?:with|at)\s+${HEDGE}$`,
  "u"
);

/**
 * The citizenship of the people a ranking names right before a count ("Burmese followed, at "), or null. A people
 * with no ranking verb of its own ("and Nepalese, with ") counts only in a sentence that ranks.
 */
export function rankedPeople(lead: string, sentence: string): string | null {
  const m = PEOPLE_BEFORE.exec(lead);
  if (!m) return null;
  if (!m[2] && !new RegExp(String.raw`\b(?:${RANKED})\b`).test(sentence)) return null;
  return countryOfPeople(m[1]);
}

// "Burmese followed, at 368", "Nepalese represented the largest group at 1,768": a sentence opening on a ranked people.
const OPENS_RANKING = new RegExp(
  String.raw`^\s*(?:the\s+)?([A-Z][\p{L}-]+)\s+(?:followed|came\s+next|ranked\s+next|were\s+next|${LARGEST})\s*,?\s+(?:with|at)\b`,
  "u"
);

/** Whether a sentence goes on with a ranking of peoples begun before it ("Burmese followed, at 368"). */
export function continuesPeopleRanking(text: string): boolean {
  const m = OPENS_RANKING.exec(text);
  return Boolean(m && countryOfPeople(m[1]));
}
