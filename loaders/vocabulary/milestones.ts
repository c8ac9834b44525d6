/**
 * Words that make a number a threshold a count crossed, or a run of periods, rather than a count: "surpassed
 * 10,000", "broke the 70,000 mark", "for two consecutive years". Teach the reader a new wording by adding it here.
 */

/** Verbs of crossing a level: a round number right after one is the level, not the count. */
export const CROSSING_VERBS: string[] = [
  "surpass",
  "surpasses",
  "surpassed",
  "surpassing",
  "exceed",
  "exceeds",
  "exceeded",
  "exceeding",
  "top",
  "tops",
  "topped",
  "topping",
  "cross",
  "crosses",
  "crossed",
  "crossing",
  "pass",
  "passes",
  "passed",
  "passing",
  "break",
  "breaks",
  "broke",
  "breaking",
  "went over",
  "gone over",
  "go over",
  "goes over",
  "went past",
  "gone past",
  "stayed above",
  "stays above",
  "remained above",
  "remains above",
  "remained over",
  "remains over",
  "stayed over"
];

/** Nouns naming a level itself: "the threshold of 400,000", "the 70,000 mark" are levels whatever the verb. */
export const LEVEL_NOUNS: string[] = ["threshold", "mark", "milestone", "barrier", "ceiling", "benchmark", "landmark"];

/** Words saying a run of periods follows in a row: "two consecutive years", "a third straight month". */
export const IN_A_ROW: string[] = ["consecutive", "successive", "straight", "running", "continuous", "subsequent"];

/** The periods a run is counted in. */
export const RUN_PERIODS: string[] = ["year", "years", "month", "months", "quarter", "quarters", "week", "weeks"];

/** Words of a ranking after its length: "the three largest groups", "the five main nationalities". */
export const RANKING_ADJECTIVES: string[] = [
  "largest",
  "biggest",
  "leading",
  "most common",
  "most frequent",
  "most numerous",
  "highest",
  "top"
];

/** "main" and "principal" rank only kinds ("the five main nationalities"): "the 240 main applicants" are people. */
export const RANKED_KINDS: string[] = [
  "countries",
  "nationalities",
  "groups",
  "destinations",
  "reasons",
  "grounds",
  "sources",
  "origins",
  "routes",
  "sectors",
  "causes",
  "types",
  "forms"
];
