/**
 * Splits a number from the word that text extraction glued onto it ("73,973irregular migration attempts",
 * "505organizers"), so the number and its counted noun are read as if the space were there. The space added
 * points at the raw offset of the word it precedes, so every reading still maps back to the exact source.
 */
import type {FlatText} from "../text/flatten.js";

// A number standing alone on its left (no letter, digit or code sign before it: "E9", "COVID19", "/2019")
// and followed at once by a lower-case word of three letters or more that ends where a word ends.
const GLUED = /(?<![\p{L}\p{N}_.,/#@&=:+-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=(\p{Ll}{3,})(?![\p{L}\p{N}_]))/gu;

// Abbreviated units carry no vowel ("20ltrs", "5kms", "3hrs"); a year is never a count ("2019annual").
const UNIT = /^[^aeiou]+$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** The flat text with a space between every glued number and the word after it; the same object when there is none. */
export function splitGluedNumbers(flat: FlatText): FlatText {
  const cuts: number[] = [];
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(flat.text); m; m = GLUED.exec(flat.text)) {
    if (UNIT.test(m[1]) || YEAR.test(m[0])) continue;
    cuts.push(m.index + m[0].length);
  }
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
