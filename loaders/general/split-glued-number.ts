/**
 * Splits a number from the word that text extraction glued onto it ("73,973irregular migration attempts",
 * "505organizers", "Another155 new removal orders"), so the number and its counted noun are read as if the space were there. The space added
 * points at the raw offset of the word it precedes, so every reading still maps back to the exact source.
 */
import type {FlatText} from "../text/flatten.js";

// A number standing alone on its left (no letter, digit or code sign before it: "E9", "COVID19", "/2019")
// and followed at once by a lower-case word of three letters or more that ends where a word ends.
const GLUED = /(?<![\p{L}\p{N}_.,/#@&=:+-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=(\p{Ll}{3,})(?![\p{L}\p{N}_]))/gu;

// Abbreviated units carry no vowel ("20ltrs", "5kms", "3hrs"); a year is never a count ("2019annual").
const UNIT = /^[^aeiou]+$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

// "Another155 new removal orders": a word of four letters or more, not a code in capitals, glued onto a number of three
// digits or more after it ("Covid19" stays a name).
const GLUED_AFTER_WORD =
  /(?<![\p{L}\p{N}_])(\p{L}*\p{Ll}\p{L}*)(?=(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?(?![\p{L}\p{N}_]))/gu;

/** The flat text with a space between every glued number and the word after or before it; the same object when there is none. */
export function splitGluedNumbers(flat: FlatText): FlatText {
  const cuts: number[] = [];
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(flat.text); m; m = GLUED.exec(flat.text)) {
    if (UNIT.test(m[1]) || YEAR.test(m[0])) continue;
    cuts.push(m.index + m[0].length);
  }
  GLUED_AFTER_WORD.lastIndex = 0;
  for (let m = GLUED_AFTER_WORD.exec(flat.text); m; m = GLUED_AFTER_WORD.exec(flat.text))
    if (m[1].length >= 4 && /[aeiou]/i.test(m[1])) cuts.push(m.index + m[1].length);
  cuts.sort((a, b) => a - b);
  if (cuts.length === 0) return flat;
  const parts: string[] = [];
  const offsets = new Int32Array(flat.offsets.length + cuts.length);
  let from = 0;
  let n = 0;
  for (const cut of [...cuts, flat.text.length]) {
    parts.push(flat.text.slice(from, cut));
    offsets.set(flat.offsets.subarray(from, cut), n);
    n += cut - from;
    if (cut === flat.text.length) break;
    parts.push(" ");
    offsets[n++] = flat.offsets[cut];
    from = cut;
  }
  offsets[n] = flat.offsets[flat.text.length];
  return {text: parts.join(""), offsets};
}
