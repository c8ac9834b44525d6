/**
 * Numbers a sentence states as an aim, a plan or a forecast rather than as a count of what happened: "continues its
 * work to enable the return of 1 million Syrians", "plans to issue 20,000 permits", "aims to resettle 5,000 refugees",
 * "a target of 3,000 returns", "is expected to reach 12,000".
 */
const INTENT = new RegExp(
  String.raw`\b(?:plans?|planned|planning|aims?|aimed|aiming|intends?|intended|seeks?|seeking|hopes?|hoping|expects?|expected|projected|forecast|pledged|committed|works?\s+to\s+enable|work\s+to\s+enable|efforts?\s+to\s+enable)\s+to\s+(?:[a-z]+\s+){0,4}$|\b(?:target|goal|objective|aim|plan|quota\s+target)\s+(?:of|is|was|to)\s+(?:[a-z]+\s+){0,3}$|\b(?:to\s+enable|to\s+ensure|to\s+allow)\s+(?:the\s+)?[a-z]+\s+of\s+$|\bwill\s+(?:be\s+)?(?:[a-z]+\s+){0,2}$`,
  "i"
);

/** Whether the number at `start` of a sentence is stated as an aim, plan or forecast (read in its own clause). */
export function isIntended(sentence: string, start: number): boolean {
  const clause = /[^,;:()]*$/.exec(sentence.slice(0, start))![0];
  return INTENT.test(clause);
}
