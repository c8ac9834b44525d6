/**
 * Numbers a sentence states as an aim, a plan or a forecast rather than as a count of what happened: "continues its
 * work to enable the return of 1 million Syrians", "plans to issue 20,000 permits", "aims to resettle 5,000 refugees",
 * "a target of 3,000 returns", "is expected to reach 12,000".
 */
import {INTENT_NOUNS, INTENT_PURPOSES, INTENT_VERBS} from "../vocabulary/forecasts.js";
import {alternation} from "./alternation.js";

// Built from the vocabulary's word lists; the number follows within a few words of the marker.
const INTENT = new RegExp(
  String.raw`\b(?:${alternation(INTENT_VERBS)})\s+to\s+(?:[a-z]+\s+){0,4}$` +
    String.raw`|\b(?:${alternation(INTENT_NOUNS)})\s+(?:of|is|was|to)\s+(?:[a-z]+\s+){0,3}$` +
    String.raw`|\b(?:${alternation(INTENT_PURPOSES)})\s+(?:the\s+)?[a-z]+\s+of\s+$` +
    // "will issue 500", but not the noun of "of their own free will and 200".
    String.raw`|\b(?<!(?:free|own|good)\s)will\s+(?!(?:and|or)\b)(?:be\s+)?(?:[a-z]+\s+){0,2}$`,
  "i"
);

const CLAUSE_MARKS = ",;:()";

/** Whether the number at `start` of a sentence is stated as an aim, plan or forecast (read in its own clause). */
export function isIntended(sentence: string, start: number): boolean {
  // The clause opens after the last of these marks; a scan back finds it without a pattern anchored at the end,
  // which would be tried from every position before the number.
  let open = start;
  while (open > 0 && !CLAUSE_MARKS.includes(sentence[open - 1])) open--;
  return INTENT.test(sentence.slice(open, start));
}
