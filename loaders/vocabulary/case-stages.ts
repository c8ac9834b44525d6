/**
 * The stage of the cases a count of investigations or prosecutions is of, named by the verb just before the number
 * ("initiated 12 prosecutions and continued nine"); the label stored comes first.
 */
export const CASE_STAGES: {label: string; verbs: string[]}[] = [
  {
    label: "initiated",
    verbs: ["initiated", "initiating", "opened", "opening", "launched", "launching", "commenced", "commencing"]
  },
  {label: "continued", verbs: ["continued", "continuing"]}
];

/** Nouns of what such a verb opens or carries on: cases, and the people in them. */
export const STAGED_LEMMAS = ["investigation", "prosecution", "case", "suspect", "trafficker"];

/** Words that may stand between the verb and the number: "initiated prosecution of 12", "continued investigating 9". */
export const STAGE_BRIDGES = [
  "investigations of",
  "investigations into",
  "investigation of",
  "investigation into",
  "prosecutions of",
  "prosecutions against",
  "prosecution of",
  "prosecution against",
  "proceedings against",
  "cases against",
  "investigating",
  "prosecuting"
];
