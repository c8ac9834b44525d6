/**
 * "… was 501. This is down from 653 in 2020.": a sentence opening on a pronoun and a change from a figure compares
 * the count of the sentence before with an earlier one; the figure counts what that count counted.
 */
const CHANGE_WORDS = "up|down|an?\\s+(?:\\w+\\s+)?(?:increase|decrease|decline|rise|drop|fall|reduction)";
const OPENING = new RegExp(
  `^\\W*(?:(?:this|that|it)['’]s\\s+(?:also\\s+)?|(?:this|that|it|the\\s+(?:number|figure|total))\\s+(?:is|was|represents|represented|marks|marked|is\\s+also|was\\s+also)\\s+)(?:${CHANGE_WORDS})\\s+(?:from|on|over|compared\\s+(?:to|with))\\s+(?:the\\s+|about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+)?$`,
  "i"
);

/** Whether the words of a sentence before its figure restate the previous sentence's count as a change from it. */
export function restatesChange(before: string): boolean {
  return OPENING.test(before);
}
