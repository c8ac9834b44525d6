/**
 * "This was a decrease compared with 332 investigations – 122 cases of forced labor, …": a sentence that opens by
 * setting the count before it against a figure states that figure, and its parts, for the period before the count's.
 */
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {CHANGE_NOUNS} from "../vocabulary/quantities.js";
import {alternation} from "./alternation.js";

// "This was a decrease compared with", "It represents a significant increase from", "That is a slight rise on".
const COMPARED_BEFORE = new RegExp(
  String.raw`^["“‘']?(?:this|that|it)\s+(?:was|is|represents|represented|marks|marked|reflects|reflected)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:${alternation(CHANGE_NOUNS)})\s+(?:(?:compared|in\s+comparison)\s+(?:with|to)|from|on|over)\s+(?=(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:(?:[$€£]|US\$)?\d|(?:${NUMBER_WORD_SOURCE})\b))`,
  "i"
);

/** Whether a sentence opens by setting the count before it against a figure ("This was a decrease compared with 332"). */
export const opensOnComparison = (text: string) => COMPARED_BEFORE.test(text);
