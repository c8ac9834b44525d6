/**
 * A part whose attribute the report does not know: "one was of an unknown gender", "two in an unknown
 * type of trafficking", "four of undetermined age". The attribute left unknown names the part, so it
 * never takes the kind of the count listed before it.
 */

const UNKNOWN_PART =
  /^\s*(?:(?:were|was|are|is)\s+)?(?:of|in|with|for|under)\s+(?:an?\s+|the\s+|their\s+)?(unknown|unspecified|undetermined|unidentified|unreported|unclear)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[,;.)]|—|\s-\s|(?:and|or|while|whereas)\b|$))/i;
/** Attributes another reader sets as a citizenship or a country ("of undetermined citizenship"). */
const PLACE_WORDS = /\b(?:nationalit(?:y|ies)|citizenships?|origins?|countr(?:y|ies)|stateless(?:ness)?)\b/i;
/** Words that end the phrase of the attribute: a clause goes on after them. */
const CLAUSE = /\b(?:were|was|are|is|who|which|that|in|on|at|by|from|to|during)\b/i;

/** The category a part whose attribute is not known takes ("unknown gender"), or null. */
export function unknownPart(after: string): string | null {
  const m = UNKNOWN_PART.exec(after);
  if (!m || PLACE_WORDS.test(m[2]) || CLAUSE.test(m[2])) return null;
  return `${m[1].toLowerCase()} ${m[2].toLowerCase()}`;
}
