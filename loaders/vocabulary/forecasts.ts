/**
 * Words that make a number a forecast, a plan or a target rather than a count of what happened: a
 * report may say what a figure "may exceed" or "is expected to reach", and that is no statistic.
 * An aim or a plan ("plans to issue", "a target of") is read by the same rule. The general reader keeps such numbers
 * as candidates; teach it a new wording by adding it here.
 */

/** Phrases that, in the clause before a number, say the number is foreseen, not counted. */
export const FORECAST_MARKERS: string[] = [
  "it is forecast",
  "it is forecasted",
  "it is expected",
  "it is projected",
  "it is anticipated",
  "is forecast to",
  "are forecast to",
  "is forecasted to",
  "is expected to",
  "are expected to",
  "is projected to",
  "are projected to",
  "is anticipated to",
  "are anticipated to",
  "is likely to",
  "are likely to",
  "is set to",
  "may exceed",
  "might exceed",
  "could exceed",
  "will exceed",
  "may reach",
  "might reach",
  "could reach",
  "will reach",
  "may rise to",
  "could rise to",
  "will rise to",
  "may fall to",
  "could fall to",
  "will fall to",
  "may amount to",
  "will amount to",
  "is planned to",
  "are planned to",
  "the target is",
  "the target of",
  "targets of",
  "calls for the creation of"
];

/** Verbs of an aim or plan: "plans to issue 20,000 permits", "aims to resettle 5,000 refugees". */
export const INTENT_VERBS: string[] = [
  "plan",
  "plans",
  "planned",
  "planning",
  "aim",
  "aims",
  "aimed",
  "aiming",
  "intend",
  "intends",
  "intended",
  "seek",
  "seeks",
  "seeking",
  "hope",
  "hopes",
  "hoping",
  "expect",
  "expects",
  "expected",
  "projected",
  "forecast",
  "pledged",
  "committed",
  "work to enable",
  "works to enable",
  "effort to enable",
  "efforts to enable"
];

/** Nouns of an aim: "a target of 3,000 returns", "the goal is 500". */
export const INTENT_NOUNS: string[] = ["target", "goal", "objective", "aim", "plan", "quota target"];

/** Purposes a number is the object of: "to enable the return of 1 million". */
export const INTENT_PURPOSES: string[] = ["to enable", "to ensure", "to allow"];

/** Verbs a project or programme is said to do for the people it counts: "will benefit", "is expected to reach". */
export const BENEFIT_VERBS: string[] = [
  "benefit",
  "benefit from",
  "be reached",
  "be served",
  "be targeted",
  "be covered",
  "be supported",
  "be assisted",
  "be helped",
  "reach",
  "serve",
  "target",
  "cover",
  "support",
  "assist",
  "help"
];

/** What makes such a verb foreseen rather than done: "will", "are expected to", "stand to". */
export const FORESEEING: string[] = [
  "will",
  "would",
  "shall",
  "could",
  "should",
  "is expected to",
  "are expected to",
  "is projected to",
  "are projected to",
  "is set to",
  "are set to",
  "is due to",
  "are due to",
  "is to",
  "are to",
  "stand to",
  "stands to",
  "is intended to",
  "are intended to",
  "aims to",
  "aim to",
  "seeks to",
  "seek to",
  "is meant to",
  "are meant to"
];

/** Words that make the people a project counts planned ones: "targeted beneficiaries", "expected beneficiaries". */
export const PLANNED_BENEFICIARIES: string[] = [
  "targeted",
  "target",
  "planned",
  "expected",
  "intended",
  "potential",
  "prospective",
  "projected",
  "estimated"
];

/** Words by which a year's figure is set for it ahead of time (a quota, a budget, a plan), not counted as it ran. */
export const PLAN_WORDS: string[] = [
  "will",
  "would",
  "plan",
  "plans",
  "planned",
  "quota",
  "quotas",
  "budget",
  "budgeted",
  "allocated",
  "allocation",
  "target",
  "targets",
  "expected",
  "projected",
  "forecast",
  "estimated to reach"
];
