/**
 * "compared with one in 2019 and none in 2018", "a decline from 94 in 2019 and 130 in 2018", "(33 in 2019 and 53 in
 * 2018)": a list of earlier years' figures set against the count before it. Each item counts what that count counts;
 * "none" and "zero" are items too, and an aside between dashes ("three foreign victims—one Ukrainian …—") is no count
 * the list compares with.
 */
import type {Quantity} from "./find-quantities.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

const YEAR = "(?:19|20)\\d\\d";
const FIGURE = `\\b(?:[\\d][\\d,.]*|(?:${NUMBER_WORD_SOURCE}|none|zero|nil)\\b)`;
const WHEN = `\\s+(?:in|during)\\s+(?:FY\\s*)?${YEAR}`;
const ITEM = `${FIGURE}${WHEN}`;
// "compared with 12 prosecutions in 2020": after a marker of comparison an item may name its noun again; after a bare
// "from" it may not ("from one region in 2019" is no figure of another year).
const NAMED_ITEM = `${FIGURE}(?:\\s+[a-z][a-z-]*){0,3}?${WHEN}`;
/** What opens a comparison list whose items may name their noun: "compared with", "up from", "versus"; a bare "from" opens one too, with bare items (`LIST`). */
const OPENING = "(?:compared\\s+(?:with|to)|as\\s+against|against|versus|vs\\.?|(?:up|down)\\s+from|than)";
const LIST = new RegExp(
  `(?<![\\p{L}])(?:${OPENING}\\s+(?:the\\s+)?(?<named>${NAMED_ITEM}(?:\\s*(?:,\\s*and|,|and)\\s+${NAMED_ITEM})*)|from\\s+(?:the\\s+)?(?<items>${ITEM}(?:\\s*(?:,\\s*and|,|and)\\s+${ITEM})*))`,
  "giu"
);
const ZERO_ITEM = new RegExp(`(?<![\\p{L}])(?:none|zero|nil)(?=\\s+(?:in|during)\\s+(?:FY\\s*)?${YEAR})`, "gi");

/** The spans of the items of every comparison list in a sentence. */
export function comparisonItems(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(LIST)) {
    const items = m.groups!.named ?? m.groups!.items;
    const at = m.index! + m[0].length - items.length;
    for (const item of items.matchAll(new RegExp(m.groups!.named ? NAMED_ITEM : ITEM, "g")))
      spans.push([at + item.index!, at + item.index! + item[0].length]);
  }
  return spans;
}

/** Whether the number at `start` is the figure of an item of a comparison list ("one in 2019"). */
export function isComparisonItem(text: string, start: number): boolean {
  return comparisonItems(text).some(([s]) => s === start);
}

/** A zero written as a word ("none", "no"), as a count. */
export function zeroQuantity(start: number, text: string): Quantity {
  return {
    start,
    end: start + text.length,
    text,
    value: 0,
    kind: "count",
    unit: null,
    approx: null,
    word: true,
    excluded: null
  };
}

/** "none in 2018" within a comparison list: a zero, as a count. */
export function comparisonZeros(text: string): Quantity[] {
  const items = comparisonItems(text);
  const out: Quantity[] = [];
  for (const m of text.matchAll(ZERO_ITEM)) {
    // "one was a child victim (none in 2018)": a bracket of a zero and a year compares the count before it.
    const bracketed = /\(\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index));
    if (!items.some(([s]) => s === m.index) && !bracketed) continue;
    out.push(zeroQuantity(m.index!, m[0]));
  }
  return out;
}

/** The spans of asides set off by dashes: "three foreign victims—one Ukrainian … and two Kyrgyz …—compared with". */
export function dashAsides(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/—[^—;()]{1,200}—/g)) spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}
