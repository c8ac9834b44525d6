/**
 * Whether a number's clause tells what has been done, in the present perfect ("Regional committees have
 * placed 312 women in jobs"): a periodic report states its achievements so, with no date, and a year an
 * earlier block of text opened with is no date of theirs.
 */

// Participles the "-ed", "-en" and "-t" endings miss.
const IRREGULAR =
  "heard|held|made|found|paid|brought|built|won|met|done|set|put|told|sold|led|spent|run|become|begun|got";
const PERFECT = new RegExp(
  `\\b(?:has|have)\\s+(?:(?:also|already|now|so\\s+far|since\\s+then|thus|jointly)\\s+)?(?:been\\s+)?(?:\\w+(?:ed|en|t)|${IRREGULAR})\\b`,
  "i"
);
const CLAUSE_END = /;|\.\s+(?=[A-Z])/g;

/** True when the clause before offset `at` in `text` holds a verb in the present perfect. */
export function isPresentPerfect(text: string, at: number): boolean {
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m && m.index < at; m = CLAUSE_END.exec(text)) start = m.index + m[0].length;
  return PERFECT.test(text.slice(start, at));
}

/** True when a blank line separates two raw offsets: a new block of text in a report with no numbered paragraphs. */
export function blockBetween(raw: string, from: number, to: number): boolean {
  return /\n[ \t]*\n/.test(raw.slice(from, to));
}
