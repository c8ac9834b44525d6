/**
 * Whether a count's own predicate is a health outcome ("340 migrants tested positive for COVID-19 in the detention
 * centres", "56 asylum seekers were infected"): the people are migrants, but no migration event is counted, so the
 * detention or asylum the sentence mentions names no statistic of them.
 */
import {HEALTH_OUTCOMES} from "../vocabulary/health.js";
import {alternation} from "./alternation.js";

/** The predicate right after the people counted, a few words of their description between. */
const OUTCOME = new RegExp(
  String.raw`^(?:\s+(?!(?:and|or|while|but|who|which|that|after|before|when|because|since|as|if|until|they|he|she|it)\b)[\w'’-]+){0,4}?\s+(?:${alternation(HEALTH_OUTCOMES)})(?![a-z])`,
  "i"
);

/** True when what the number's people did or underwent, read after `countedEnd` in `text`, is a health outcome. */
export function healthOutcome(text: string, countedEnd: number): boolean {
  // "were later diagnosed", "have all tested positive": an adverb does not part the predicate from its people.
  const after = text
    .slice(countedEnd, countedEnd + 120)
    .replace(/\s+(?:also|later|reportedly|subsequently|since|all|then)\b/gi, "");
  return OUTCOME.test(after);
}
