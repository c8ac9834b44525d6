/**
 * Whether a number is a level a count crossed ("still surpassed 10,000", "broke the 70,000 mark", "exceeds the
 * threshold of 400,000"), the length of a run of periods ("for two consecutive years") or of a ranking ("the top
 * five countries"): rhetoric about a statistic, never the statistic itself.
 */
import {
  CROSSING_VERBS,
  IN_A_ROW,
  LEVEL_NOUNS,
  RANKED_KINDS,
  RANKING_ADJECTIVES,
  RUN_PERIODS
} from "../vocabulary/milestones.js";
import {alternation} from "./alternation.js";

const APPROX = String.raw`(?:(?:some|about|around|nearly|almost|roughly|approximately|over|more\s+than|above)\s+)?`;
/** "surpassed 10,000", "went over 2 million": a crossing verb just before the number. */
// "may exceed 19,000" foresees a count; the forecast reader keeps it for review.
const CROSSED = new RegExp(
  String.raw`(?<![a-z])(?<!\b(?:may|might|could|will|would|shall|should|to)\s+)(?:${alternation(CROSSING_VERBS)})\s+(?:the\s+)?${APPROX}$`,
  "i"
);
/** Crossing verbs that also take a count as object ("passed 200 sentences"). */
const TRANSITIVE = /^\W*(?:pass|passes|passed|passing|cross|crosses|crossed|crossing|break|breaks|broke|breaking)\b/i;
/** "the threshold of 400,000", "the milestone of one million". */
const LEVEL_OF = new RegExp(String.raw`(?<![a-z])(?:${alternation(LEVEL_NOUNS)})\s+of\s+${APPROX}$`, "i");
/** "the 70,000 mark", "the one-million milestone". */
const LEVEL_AFTER = new RegExp(
  String.raw`^(?:\s*-|\s+)(?:people\s+|persons\s+)?(?:${alternation(LEVEL_NOUNS)})\b`,
  "i"
);
/** "two consecutive years", "3 straight months". */
const RUN = new RegExp(String.raw`^[\s-]+(?:${alternation(IN_A_ROW)})[\s-]+(?:${alternation(RUN_PERIODS)})\b`, "i");

/** "the top five countries", "the three largest groups": how many items a ranking names, not a count. */
const TOP_BEFORE = /(?<![a-z])(?:the|its|their)\s+top\s+$/i;
const RANKED_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${alternation(RANKING_ADJECTIVES)})\s+[a-z]|(?:main|principal)\s+(?:[a-z]+\s+)?(?:${alternation(RANKED_KINDS)})\b)`,
  "i"
);

/** A level is a round figure: one or two significant digits ("10,000", "1.5 million", "400,000"). */
function isRound(value: number): boolean {
  if (value < 100) return false;
  const scale = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Number.isInteger(value / scale);
}

/**
 * Why the number between `start` and `end` of `text` is no count, or null: a level crossed, or a run of periods.
 * A crossing verb alone marks only a round figure ("exceeded 4,312 in 2019" is the count it reached).
 */
export function milestone(text: string, start: number, end: number, value: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  if (RUN.test(after)) return "a run of periods";
  if (TOP_BEFORE.test(before) || (/(?<![a-z])the\s+$/i.test(before) && RANKED_AFTER.test(after)))
    return "the length of a ranking";
  if (LEVEL_OF.test(before) || LEVEL_AFTER.test(after)) return "a level crossed, not a count";
  const crossed = CROSSED.exec(before);
  // "courts passed 200 sentences", "crossed 3,000 migrants": a verb that also takes a count as its object counts it.
  const object = /^\s+(?!(?:for|in|on|at|by|during|this|last|the|a|and|or|but|to|since|mark|people|persons)\b)[a-z]/i;
  if (crossed && TRANSITIVE.test(crossed[0]) && object.test(after)) return null;
  if (isRound(value) && crossed) return "a level crossed, not a count";
  return null;
}
