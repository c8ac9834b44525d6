/**
 * "St. Lucia had 22 deportees compared to 28 in 2018", "Jamaica received 751 deportees", "Dominica went from 19 to
 * 16", "Haiti topped the list with 690": a state that opens a clause as the one that had or received the people sent
 * back, or whose count of them changed or heads a ranking, is their citizenship, not a place they were counted in.
 */
import {canonicalCountry} from "../specs/countries.js";

/** Up to four capitalised words joined by the small words given ("Antigua and Barbuda", "Republic of Korea"). */
const nameJoinedBy = (joins: string) =>
  String.raw`[A-Z][\p{L}'’-]*\.?(?:\s+(?:(?:${joins})\s+(?:the\s+)?)?[A-Z][\p{L}'’-]*\.?){0,3}`;
/** Where a clause opens: the start of the sentence, a comma or semicolon, or one of the conjunctions given. */
const clauseOpening = (conjunctions: string) => String.raw`(?:^|[,;]\s*|\b(?:${conjunctions})\s+)`;
const NAME = nameJoinedBy("and");
// The state a clause opens on, after the start of the sentence, a comma or a conjunction.
const CLAUSE_STATE = String.raw`${clauseOpening("and|while|whereas")}(?:the\s+)?(${NAME})`;
const HEDGE = String.raw`(?:(?:about|around|some|only|just|nearly|almost|over|more\s+than|a\s+total\s+of)\s+)?`;
const RECEIVING = new RegExp(
  String.raw`${CLAUSE_STATE}\s+(?:also\s+)?(?:had|has|received|receives|saw|accepted|took\s+back|welcomed|got)\s+${HEDGE}$`,
  "u"
);

// "Dominica went from 19 to 16": a state whose count of people sent back changed, gapped after another's.
const CHANGED = new RegExp(
  String.raw`${CLAUSE_STATE}\s+(?:went|rose|fell|climbed|dropped|increased|decreased)\s+from\s+[\d,]+\s+to\s+$`,
  "u"
);

// "Antigua had a 50 decrease, going from 24 in 2018 to 12 in 2019": the same, the change told before its endpoints.
const CHANGE_TOLD = new RegExp(
  String.raw`${CLAUSE_STATE}\s+(?:had|saw|recorded|registered)\s+an?\s+[^,;]{0,30}?\b(?:decrease|increase|drop|rise|decline|fall)\b,?\s+(?:going|rising|falling|dropping|climbing)\s+from\s+(?:[\d,]+\s+(?:in\s+(?:19|20)\d\d\s+)?to\s+)?$`,
  "u"
);

// "The Dominican Republic received the highest number with some 1,981", "Haiti topped the list with 690": the state
// a ranking of those sent back opens on.
// "China dominates with 12,699 permits", "India leads with 4,100": a state heading a ranking with its figure.
const LEADS_WITH = String.raw`(?:dominates|dominated|leads|led|tops|topped|heads|headed)\s+(?:the\s+(?:list|ranking|table)\s+)?with`;
const RANK_VERB = String.raw`(?:received|had|recorded|registered|saw|topped|led|headed)`;
const RANKED = new RegExp(
  String.raw`${CLAUSE_STATE},?\s+(?:${RANK_VERB}\s+(?:the\s+)?(?:(?:highest|largest|greatest|biggest|most)(?:\s+(?:number|amount|share|total))?(?:\s+of\s+[a-z]+)?|list|ranking|table)\s*(?:,|:|with|at)?|${LEADS_WITH})\s+${HEDGE}$`,
  "u"
);
const OPENS_RANKING = new RegExp(
  String.raw`^\W*(?:[A-Z][\p{L}-]*(?:\s+[\p{L}-]+){0,3},\s+)?(?:the\s+)?(${NAME}),?\s+(?:${RANK_VERB}\s+(?:the\s+)?(?:highest|largest|greatest|biggest|most|list|ranking|table)\b|${LEADS_WITH}\b)`,
  "u"
);

// "The third largest number of deportees went to Jamaica with 751": the state the ranked part was sent to.
const WENT_TO = new RegExp(
  String.raw`\b(?:went|were\s+(?:sent|returned|deported|removed))\s+to\s+(?:the\s+)?(${NAME})\s+(?:with|at)\s+${HEDGE}$`,
  "u"
);

/** Whether a sentence opens on a state heading a ranking ("Jamaica received the most, 787, …"): a part of the count before. */
export function opensStateRanking(text: string): boolean {
  const m = OPENS_RANKING.exec(text);
  return Boolean(m && canonicalCountry(m[1]));
}

/** The state whose people a count of those sent back is, when the clause before the count opens on it as receiver. */
export function receivingState(lead: string): string | null {
  const m =
    RECEIVING.exec(lead) ?? CHANGED.exec(lead) ?? CHANGE_TOLD.exec(lead) ?? RANKED.exec(lead) ?? WENT_TO.exec(lead);
  return m ? canonicalCountry(m[1]) : null;
}

// "Taiwan (China) followed with 49,980 workers", "The Republic of Korea came next with 6,940", "with Saudi Arabia
// receiving highest number of 1,101 people", "Japan was the largest market for Vietnamese workers, accounting for
// 71,156": the state a ranking of people who left for work abroad names is where they went.
const DESTINATION_STATE = String.raw`${clauseOpening("and|while|whereas|with")}(?:[Tt]he\s+)?(${nameJoinedBy("and|of")})(?:\s+\([^()]{1,30}\))?`;
const NEXT_IN_RANK = new RegExp(
  String.raw`${DESTINATION_STATE},?\s+(?:followed|came\s+(?:next|second|third)|ranked\s+(?:next|second|third)|was\s+next)\s*,?\s+(?:with|at)\s+${HEDGE}$`,
  "u"
);
const TOOK_MOST = new RegExp(
  String.raw`${DESTINATION_STATE}\s+(?:received|receiving|receives|took|taking|hosted|hosting|employed|employing|absorbed|absorbing)\s+(?:the\s+)?(?:(?:highest|largest|greatest|biggest|most)\s+(?:number|share)?\s*(?:of\s+)?)?${HEDGE}$`,
  "u"
);
const TOP_MARKET = new RegExp(
  String.raw`${DESTINATION_STATE}\s+(?:was|is|remained|remains)\s+the\s+(?:largest|biggest|top|main|leading|second[- ]largest|third[- ]largest)\s+(?:market|destination|receiving\s+country)\b[^.;]{0,80}?,?\s+(?:accounting|with)\s+(?:for\s+)?${HEDGE}$`,
  "u"
);

/** The state a count of people who left for work abroad went to, when a ranking clause before the count opens on it. */
export function destinationState(lead: string): string | null {
  const m = NEXT_IN_RANK.exec(lead) ?? TOOK_MOST.exec(lead) ?? TOP_MARKET.exec(lead);
  return m ? canonicalCountry(m[1]) : null;
}
