/**
 * Footnote marks that text extraction leaves glued to a number before its word ("In total, 356* Somalis have been
 * returned") are blanked, so the number is read with its noun.
 */
import type {FlatText} from "../text/flatten.js";

// "In total, 356* Somalis have been returned": a footnote mark glued to a number before its word.
const FOOTNOTE_MARK = /(?<=\d)\*{1,3}(?=\s+\p{L})/gu;

/** The flat text with footnote marks glued to a number blanked, the same length so every offset holds. */
export function blankNumberFootnotes(flat: FlatText): FlatText {
  if (!flat.text.includes("*")) return flat;
  const text = flat.text.replace(FOOTNOTE_MARK, (mark) => " ".repeat(mark.length));
  return text === flat.text ? flat : {text, offsets: flat.offsets};
}
