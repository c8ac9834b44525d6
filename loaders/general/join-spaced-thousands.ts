/**
 * Joins a thousands separator that a space follows inside one number ("4, 321", "41, 551", "4, 017") so the
 * number is read whole. The space is dropped from the flat view only, so every reading still maps back to the
 * exact source. Not joined: a day of a month ("March 20, 256 orders"), a list of numbers ("600, 601, or 602",
 * "4, 321 and 5") and a year or longer number before the comma ("in 2019, 321 people"). A group split in two by a
 * space ("39,33 9 arrivals") is joined too.
 */
import type {FlatText} from "../text/flatten.js";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

// One to three digits standing alone, a comma, one space, then exactly three digits ending the number.
const SPACED = /(?<![\p{L}\p{N}_.,/#№-])(\d{1,3}), (\d{3})(?![\p{N}]|[.,]\d)/gu;
// A day of a month, an age, or an item of a list of numbers, before the first group.
const DATE_OR_LIST_BEFORE = new RegExp(`(?:\\b${MONTH}\\s+|\\baged?\\s+|\\d\\s*,\\s*(?:and\\s+|or\\s+)?)$`, "i");
// A further item of a list after the second group: a bare number, not the share or figure the pair restates.
const LIST_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)\d[\d,]*(?![\d.,]*\s*(?:%|per\s*cent\b|percent\b))/i;

// "39,33 9 arrivals": a group of three digits a PDF's extraction split in two, the number then followed by its noun.
const SPLIT_GROUP = /(?<![\p{L}\p{N}_.,/#№-])\d{1,3},(\d{1,2}) (\d{1,2})(?=\s+\p{Ll})(?![\p{N}]|[.,]\d)/gu;

/** The flat text with the space after every such separator dropped; the same object when there is none. */
export function joinSpacedThousands(flat: FlatText): FlatText {
  const cuts: number[] = [];
  SPLIT_GROUP.lastIndex = 0;
  for (let m = SPLIT_GROUP.exec(flat.text); m; m = SPLIT_GROUP.exec(flat.text))
    if (
      m[1].length + m[2].length === 3 &&
      !/^\s+(?:per\s*cent|percent)\b/i.test(flat.text.slice(m.index + m[0].length))
    )
      cuts.push(m.index + m[0].length - m[2].length - 1);
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(flat.text); m; m = SPACED.exec(flat.text)) {
    const before = flat.text.slice(Math.max(0, m.index - 16), m.index);
    const after = flat.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // A group of three digits opening on zero is never a count of its own ("4, 017").
    const certain = m[2].startsWith("0");
    if (!certain && (DATE_OR_LIST_BEFORE.test(before) || LIST_AFTER.test(after))) continue;
    cuts.push(m.index + m[1].length + 1);
  }
  if (cuts.length === 0) return flat;
  cuts.sort((a, b) => a - b);
  const parts: string[] = [];
  const offsets = new Int32Array(flat.offsets.length - cuts.length);
  let from = 0;
  let n = 0;
  for (const cut of cuts) {
    parts.push(flat.text.slice(from, cut));
    offsets.set(flat.offsets.subarray(from, cut), n);
    n += cut - from;
    from = cut + 1;
  }
  parts.push(flat.text.slice(from));
  offsets.set(flat.offsets.subarray(from), n);
  return {text: parts.join(""), offsets};
}
