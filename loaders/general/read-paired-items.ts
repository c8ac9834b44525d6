/**
 * "no male victims asked for help and the shelter assisted one, compared with 25 and none in 2018 and two and four
 * in 2017": a comparison that lists, for each earlier year, as many values as the clause before it has counts sets
 * each value against the count in the same place, so it takes that count's part (sex, age, citizenship, kind).
 */
import type {Breakdown} from "../types.js";
import type {Quantity} from "./find-quantities.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";
import {zeroQuantity} from "./read-comparison.js";
import {isStatusCategory} from "./read-counted.js";

/** The parts of a reading this rule looks at and sets. */
export interface PairedCount {
  q: {start: number; end: number; kind: string};
  breakdown: Breakdown;
  inParen: boolean;
}

/** "compared with 25 and none in 2018", or a bracket of earlier years' values: "(14 and two in 2020)". */
const OPENING = /\b(?:compared\s+(?:with|to)|as\s+against|versus|(?:up|down)\s+from)\s+|\(\s*/gi;
// "1,930" is one value: digits group by threes after a comma with no space.
const VALUE = `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+|none|zero|nil|${NUMBER_WORD_SOURCE})`;
/** One year's values: "25 and none in 2018", "3, 8 and 1 in FY 2019". */
const GROUP = new RegExp(
  `^(${VALUE}(?:\\s*,\\s+(?:and\\s+)?${VALUE}|\\s+and\\s+${VALUE})+)\\s+(?:in|during)\\s+(?:FY\\s*)?(?:19|20)\\d\\d(?![\\d])`,
  "i"
);
/** A year with a single value: "19 in 2017". */
const SINGLE = new RegExp(`^${VALUE}\\s+(?:in|during)\\s+(?:FY\\s*)?(?:19|20)\\d\\d(?![\\d])`, "i");
const SEPARATOR = /^\s*(?:,\s*and|,|;|and)\s+/i;
const ZERO = /^(?:none|zero|nil)$/i;

/** A list of earlier years' values set against the counts before `at`, as the start and text of each value. */
interface PairedList {
  at: number;
  groups: {start: number; text: string}[][];
}

/** Every list of paired values after a comparison opening in the sentence; each has two or more values a year. */
export function pairedLists(text: string): PairedList[] {
  const lists: PairedList[] = [];
  for (const m of text.matchAll(OPENING)) {
    const groups: {start: number; text: string}[][] = [];
    let at = m.index! + m[0].length;
    let broken = false;
    for (;;) {
      const g = GROUP.exec(text.slice(at));
      // "25 and 4 in 2018 and 19 in 2017": a year with one value after paired ones breaks the pairing.
      if (!g) {
        broken = groups.length > 0 && SINGLE.test(text.slice(at));
        break;
      }
      const values = [...g[1].matchAll(new RegExp(`(?<![\\p{L}\\d])${VALUE}(?![\\p{L}\\d])`, "giu"))].map((v) => ({
        start: at + v.index!,
        text: v[0]
      }));
      groups.push(values);
      at += g[0].length;
      const sep = SEPARATOR.exec(text.slice(at));
      if (!sep) break;
      at += sep[0].length;
    }
    // A bracket holds the earlier years' values alone.
    if (m[0].startsWith("(") && !/^\s*\)/.test(text.slice(at))) continue;
    // Every year lists the same number of values, or the list is no pairing.
    if (!broken && groups.length && groups.every((g) => g.length === groups[0].length))
      lists.push({at: m.index!, groups});
  }
  return lists;
}

/** "none" in a list of paired values: a zero, as a count. */
export function pairedZeros(text: string): Quantity[] {
  return pairedLists(text).flatMap((l) =>
    l.groups.flatMap((g) => g.filter((v) => ZERO.test(v.text)).map((v) => zeroQuantity(v.start, v.text)))
  );
}

/** Gives each paired value the part of the count before the comparison in the same place. */
export function pairItems<T extends PairedCount>(text: string, live: T[]): void {
  for (const list of pairedLists(text)) {
    const open = Math.max(text.lastIndexOf(";", list.at), text.lastIndexOf(". ", list.at)) + 1;
    const before = live.filter((r) => r.q.kind === "count" && !r.inParen && r.q.start >= open && r.q.end <= list.at);
    if (before.length !== list.groups[0].length) continue;
    for (const group of list.groups)
      for (const [k, v] of group.entries()) {
        const r = live.find((x) => x.q.start === v.start);
        if (!r) continue;
        const part = {...before[k].breakdown};
        // How sure an identification was ("potential") is said of each year's count on its own.
        if (isStatusCategory(part.category)) delete part.category;
        r.breakdown = part;
      }
  }
}
