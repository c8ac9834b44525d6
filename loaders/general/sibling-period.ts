/**
 * "has since 2017 repatriated 85,209 Burundians from Tanzania, as against 184 from Kenya and 184 from DR Congo":
 * an elided count set against its antecedent in the same clause, naming a part of its own (another place, people,
 * sex, age or kind) and no period, is a sibling stated for the same span. One naming no other part ("rose to 812,
 * up from 640") may be the same count at another time, and one past a clause's end or a bracket is left alone.
 */
import type {Breakdown} from "../types.js";

const KEYS = ["country", "citizenship", "sex", "age_group", "category"] as const;

interface Frame {
  text: string;
  comparisons: number[];
  clauses: number[];
}

/** Whether an elided count's breakdown names a part its antecedent's does not. */
export function namesOtherPart(antecedent: Breakdown, sibling: Breakdown): boolean {
  return KEYS.some((k) => {
    const own = sibling[k];
    return Boolean(own) && own !== antecedent[k];
  });
}

/** Whether the count at `at` is a sibling part its antecedent, ending at `after`, is compared with in one clause. */
export function comparedSibling(
  frame: Frame,
  antecedent: {end: number; breakdown: Breakdown},
  sibling: {start: number; breakdown: Breakdown}
): boolean {
  const between = (c: number) => c >= antecedent.end && c < sibling.start;
  return (
    antecedent.end <= sibling.start &&
    frame.comparisons.some(between) &&
    !frame.clauses.some(between) &&
    !/[()]/.test(frame.text.slice(antecedent.end, sibling.start)) &&
    namesOtherPart(antecedent.breakdown, sibling.breakdown)
  );
}
