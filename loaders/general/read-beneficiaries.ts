/**
 * Whether a number counts the people a project or programme foresees helping ("150,000 refugees and host community
 * members will benefit from a new water project", "the programme is expected to reach 20,000 migrants", "40,000
 * targeted beneficiaries"): an aim, not a count of what happened.
 */
import {BENEFIT_VERBS, FORESEEING, PLANNED_BENEFICIARIES} from "../vocabulary/forecasts.js";
import {alternation} from "./alternation.js";
import {numberClause} from "./number-clause.js";

const FORESEEN = String.raw`(?:${alternation(FORESEEING)})\s+(?:(?:directly|indirectly|also|eventually|ultimately)\s+)?`;
const VERB = String.raw`(?:${alternation(BENEFIT_VERBS)})`;
/** "… will benefit from", said of the people counted: their own predicate, after them in the clause. */
const AFTER = new RegExp(String.raw`^(?<gap>[^\d]*?)(?<![a-z])${FORESEEN}${VERB}(?![a-z])`, "i");
/** Words of a predicate or a relative clause of their own between the people and the verb: it is not theirs. */
const OWN_PREDICATE = /\b(?:that|which|who|whom|whose|were|was|are|is|had|have|has|did|\w{3,}ed)\b/i;
/** "is expected to reach 20,000", "will benefit some 5,000": the verb right before the number. */
const BEFORE = new RegExp(
  String.raw`(?<![a-z])${FORESEEN}${VERB}\s+(?:(?:some|about|around|over|more\s+than|up\s+to|nearly|almost|an\s+estimated|at\s+least)\s+)?$`,
  "i"
);
/** "40,000 targeted beneficiaries". */
const PLANNED_AFTER = new RegExp(String.raw`^\s+(?:${alternation(PLANNED_BENEFICIARIES)})\s+beneficiar`, "i");
/** "the planned 3,000 beneficiaries". */
const PLANNED_BEFORE = new RegExp(String.raw`(?<![a-z])(?:${alternation(PLANNED_BENEFICIARIES)})\s+$`, "i");

/** True when the number at [start, end) of `text`, counting what ends at `countedEnd`, counts foreseen beneficiaries. */
export function foreseenBeneficiaries(text: string, start: number, end: number, countedEnd: number): boolean {
  const {before, after} = numberClause(text, start, Math.max(end, countedEnd));
  if (BEFORE.test(before)) return true;
  const gap = AFTER.exec(after)?.groups?.gap;
  if (gap !== undefined && !OWN_PREDICATE.test(gap)) return true;
  const counted = text.slice(end, end + 40);
  return PLANNED_AFTER.test(counted) || (/^\s+beneficiar/i.test(counted) && PLANNED_BEFORE.test(before));
}
