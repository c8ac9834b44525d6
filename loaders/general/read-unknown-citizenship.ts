/**
 * "seven were from Pakistan, and one was unidentified", "72 Colombians, one Peruvian, and 50 without record of
 * nationality": the last part of a list by citizenship whose citizenship is not known, in the report's words.
 */

const PREDICATE = /^\s+(?:were|was)\s+(unidentified|unknown|undetermined|unconfirmed)(?=\s*(?:[,;.)]|and\b|$))/i;
const PHRASE =
  /^\s+(?:(?:persons?|people|individuals|victims)\s+)?(?:(?:without|with\s+no)\s+(?:a\s+)?record\s+of|of\s+(unknown|undetermined|unidentified)|with\s+(?:an?\s+)?(unknown|undetermined|unidentified))\s+(?:nationality|citizenship|origin)\b/i;

/** The words saying a listed part's citizenship is not known ("unidentified", "unknown"), or null. */
export function unknownCitizenship(after: string): string | null {
  const said = PREDICATE.exec(after);
  if (said) return said[1].toLowerCase();
  const phrase = PHRASE.exec(after);
  return phrase ? (phrase[1] ?? phrase[2] ?? "unknown").toLowerCase() : null;
}
