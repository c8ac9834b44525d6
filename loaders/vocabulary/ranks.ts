/**
 * The words a ranking uses to place an item ("In second place came …", "Sudan is third with …", "Syrians topped the
 * list with …"), shared by the readers of ranked counts. A new wording of a place in a ranking is taught here.
 */

/** Places of a ranking after the first, and the first itself. */
export const RANK_ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "next"
];

/** Verbs that put an item at a place of a ranking: "is second", "came third", "ranked fourth", "stood fifth". */
export const RANK_VERBS = [
  "is",
  "was",
  "are",
  "were",
  "came",
  "comes",
  "come",
  "ranked",
  "ranks",
  "rank",
  "stood",
  "stands"
];

/** Phrases that put an item first: "topped the list", "led the ranking", "headed the table". */
export const RANK_TOPS = ["topped", "tops", "top", "led", "leads", "lead", "headed", "heads"];
export const RANK_LISTS = ["list", "ranking", "rankings", "table", "chart"];

/** The people an item may be named by ("those from Cuba", "migrants from Venezuela", "refugees from Syria"). */
export const RANK_PEOPLE_FROM = [
  "those",
  "people",
  "persons",
  "migrants",
  "refugees",
  "nationals",
  "citizens",
  "applicants",
  "petitioners",
  "asylum seekers",
  "asylum-seekers",
  "workers",
  "victims",
  "arrivals"
];
