/**
 * "Afghanistan and Sudan (one each)", "Bangladesh and Pakistan (17 each)", "four nationals each of Antigua and
 * Barbuda and Saint Kitts and Nevis", "three each in Turkey and South Korea": one figure counts every state of a
 * pair apart, so the row read for the figure stands for each of them.
 */
import type {Extracted} from "../extracted.js";
import {canonicalCountry, COUNTRY_SOURCE} from "../specs/countries.js";
import {NUMBER_DIGITS_SOURCE, NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

const NUMBER = String.raw`(?:${NUMBER_DIGITS_SOURCE}|${NUMBER_WORD_SOURCE})`;
const STATE = String.raw`(?:the\s+)?(?:${COUNTRY_SOURCE})`;
// "Togo and Benin (3 each)": the pair before a bracket holding the figure and "each".
const PAIR_THEN_EACH = new RegExp(
  String.raw`(?<![\p{L}])(${STATE})\s+and\s+(${STATE})\s*\(\s*(${NUMBER})\s+each\s*\)`,
  "giu"
);
// "four nationals each of A and B", "three each in Turkey and South Korea": the figure, "each" and the pair after.
const EACH_THEN_PAIR = new RegExp(
  String.raw`(?<![\p{L}\d])(${NUMBER})\s+(?:[a-z]+\s+)?each\s+(of|in|from|to)\s+(${STATE})\s+and\s+(${STATE})(?![\p{L}])`,
  "giu"
);

export interface EachPair {
  /** Offsets of the figure in the sentence. */
  start: number;
  end: number;
  states: [string, string];
  /** The breakdown the states fill when the row names neither: "of" names people's citizenship, a place word their country. */
  key: "country" | "citizenship" | null;
}

const state = (name: string) => canonicalCountry(name.replace(/^the\s+/i, ""));

/** The figures of a sentence that each member of a pair of states has. */
export function eachPairs(text: string): EachPair[] {
  const pairs: EachPair[] = [];
  // The country patterns are long: a sentence is scanned with each only when its "each" stands where that pattern wants it.
  if (/\beach\s*\)/i.test(text))
    for (const m of text.matchAll(PAIR_THEN_EACH)) {
      const [a, b] = [state(m[1]), state(m[2])];
      if (!a || !b || a === b) continue;
      const start = m.index + m[0].lastIndexOf(m[3], m[0].length - "each".length);
      pairs.push({start, end: start + m[3].length, states: [a, b], key: null});
    }
  if (/\beach\s+(?:of|in|from|to)\s/i.test(text))
    for (const m of text.matchAll(EACH_THEN_PAIR)) {
      const [a, b] = [state(m[3]), state(m[4])];
      if (!a || !b || a === b) continue;
      pairs.push({
        start: m.index,
        end: m.index + m[1].length,
        states: [a, b],
        key: m[2].toLowerCase() === "of" ? "citizenship" : "country"
      });
    }
  return pairs;
}

/**
 * Rows for the other state of each pair: a row naming one state of the pair (or neither, when the wording says
 * which breakdown the pair fills) is copied for the state it does not name.
 */
export function eachPairRows<T extends Extracted>(
  pairs: EachPair[],
  rows: T[],
  valueStart: (p: EachPair) => number
): T[] {
  const added: T[] = [];
  for (const pair of pairs) {
    const at = valueStart(pair);
    const own = rows.filter((r) => r.value_start === at);
    for (const row of own) {
      const key =
        (["country", "citizenship"] as const).find((k) => row[k] !== null && pair.states.includes(row[k]!)) ??
        (row.country === null && row.citizenship === null ? pair.key : null);
      if (!key) continue;
      const named = own.map((r) => r[key]);
      if (row[key] === null) row[key] = pair.states[0];
      for (const s of pair.states) if (!named.includes(s) && s !== row[key]) added.push({...row, [key]: s});
    }
  }
  return added;
}
