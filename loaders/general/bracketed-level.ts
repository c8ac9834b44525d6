/**
 * "the number of temporary residence permits issued to foreigners (-53.7%; 71,900)", "(234,400; +0.3%)": a bracket
 * giving a level with its signed change reads as the level alone, so the level is the figure of the noun before it.
 */
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

const LEVEL = String.raw`(?:\d[\d,.]*(?:\s\d{3}(?!\d))*|${NUMBER_WORD_SOURCE})(?:\s+(?:thousand|million|billion))?`;
const SIGNED_CHANGE = String.raw`[+−–-]\s?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`;
const CHANGE_FIRST = new RegExp(String.raw`\(\s*${SIGNED_CHANGE}\s*[;,]\s*(${LEVEL})\s*\)`, "gi");
const LEVEL_FIRST = new RegExp(String.raw`\(\s*(${LEVEL})\s*[;,]\s*${SIGNED_CHANGE}\s*\)`, "gi");

/** The sentence with each bracketed level-and-change blanked down to "(level)", the same length so offsets hold. */
export function unbracketChange(text: string): string {
  if (!text.includes("%") && !/per\s?cent/i.test(text)) return text;
  const keep = (whole: string, level: string) => {
    const at = whole.indexOf(level, 1);
    return "(" + " ".repeat(at - 1) + level + " ".repeat(whole.length - at - level.length - 1) + ")";
  };
  return text.replace(CHANGE_FIRST, keep).replace(LEVEL_FIRST, keep);
}
