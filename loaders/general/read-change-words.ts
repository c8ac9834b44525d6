/**
 * An amount that states by how much something changed, not a level: "rose by $3.2 million", "gains in transfers
 * from the USA, New Zealand and Australia by $3.5 million, $2.2 million and $0.8 million", "a 6 per cent or
 * $3.0 million increase", "increased by 1.5 per cent (or $2.5 million)". Built from the change words of the
 * vocabulary, so a new wording is a new word there.
 */
import {alternation} from "./alternation.js";
import {APPROX_BEFORE, CHANGE_BEFORE, CHANGE_NOUNS, CHANGE_VERBS} from "../vocabulary/quantities.js";

const APPROX = `(?:(?:${alternation(APPROX_BEFORE)})\\s+)?`;
const RIGHT_BEFORE = new RegExp(`(?:^|[^\\w])(?:${alternation(CHANGE_BEFORE)})(?:\\s+an?)?\\s+${APPROX}$`, "i");
// The change word opens the clause; "by" right before the amount closes it, after no participle ("driven by");
// a decimal point ("by $1.2 million, followed by the NZD by") ends no clause.
const CLAUSE_BY = new RegExp(
  `(?:^|[^\\w])(?:${alternation([...CHANGE_NOUNS, ...CHANGE_VERBS])})\\s(?:[^.;:!?()]|(?<=\\d)\\.(?=\\d)){0,100}?(?<=\\s)(?<agent>\\S+)\\s+by\\s+${APPROX}$`,
  "i"
);
// "caused by", "driven by", "accounted for by", "offset by", "hosted by": by whom, not by how much.
const AGENT = /^(?:[a-z]+(?:ed|en|wn)|for|made|led|paid|held|set|put|hit|run|sent|kept|brought|caught|met|won)$/i;
const NOUN_AFTER = new RegExp(`^\\s+(?:${alternation(CHANGE_NOUNS)})\\b`, "i");
// "a $3.0 million increase", "6 per cent or $3.0 million increase": an article or an alternative before the amount.
const NOUN_LEAD = new RegExp(`(?:\\ban?|\\bor)\\s+${APPROX}$`, "i");
// "1.5 per cent (or $2.5 million)", "by 5% ($0.9 million)": the same change restated in another measure.
const RESTATED = /^\s?(?:%|per\s?cent\b|percent\b)\s*(?:\(\s*(?:or\s+)?|or\s+)$/i;
// "were 23% ($45.7 million) higher": a comparative after the bracket makes both measures a change.
const COMPARATIVE_AFTER = /^\s*\)\s*(?:higher|lower|more|less|up|down|above|below)\b/i;

/** Whether the amount after `lead` and before `after` is a change, by the change words around it. */
export function isChangeByWords(lead: string, after: string): boolean {
  if (RIGHT_BEFORE.test(lead)) return true;
  const clause = CLAUSE_BY.exec(lead);
  if (clause && !AGENT.test(clause.groups!.agent.replace(/[^\p{L}]/gu, ""))) return true;
  return NOUN_LEAD.test(lead) && NOUN_AFTER.test(after);
}

/** Whether the amount after a percent change restates it ("by 1.5 per cent (or $2.5 million)", "23% ($45.7 million) higher"). */
export function restatesPercentChange(leadOfPercent: string, between: string, afterAmount = ""): boolean {
  return RESTATED.test(between) && (isChangeByWords(leadOfPercent, "") || COMPARATIVE_AFTER.test(afterAmount));
}
