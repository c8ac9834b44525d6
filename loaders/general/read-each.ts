/**
 * "Afghanistan and Sudan (one each)", "Bangladesh and Pakistan (17 each)", "four nationals each of Antigua and
 * Barbuda and Saint Kitts and Nevis", "three each in Turkey and South Korea", "one each from Sweden, Aruba and St
 * Lucia", "200 each came from the United States and Ukraine": one figure counts every state of a pair or a list
 * apart, so the row read for the figure stands for each of them.
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
// "four nationals each of A and B", "three each in Turkey and South Korea", "200 each came from A, B and C": the
// figure, "each", a verb of coming or going, and the first state of the list after.
const EACH_THEN_LIST = new RegExp(
  String.raw`(?<![\p{L}\d])(${NUMBER})\s+(?:[a-z]+\s+)?each\s+(?:(?:came|come|went|were\s+sent|was\s+sent|returned|arrived)\s+)?(of|in|from|to)\s+(?=${STATE})`,
  "giu"
);
// The states of a list one after another: a state, then a comma or "and" before the next.
const LIST_STATE = new RegExp(String.raw`(${STATE})(?![\p{L}])`, "iuy");
const LIST_JOIN = /\s*,\s*(?:and\s+)?|\s+and\s+/y;

/** The states listed from `at` on: as many as follow one another, joined by commas or "and". */
function listedStates(text: string, at: number): string[] {
  const states: string[] = [];
  for (;;) {
    LIST_STATE.lastIndex = at;
    const m = LIST_STATE.exec(text);
    const name = m ? state(m[1]) : null;
    if (!m || !name) break;
    states.push(name);
    LIST_JOIN.lastIndex = at = m.index + m[0].length;
    const join = LIST_JOIN.exec(text);
    if (!join) break;
    at += join[0].length;
  }
  return states;
}

export interface EachPair {
  /** Offsets of the figure in the sentence. */
  start: number;
  end: number;
  states: string[];
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
  if (/\beach\s+(?:[a-z]+\s+){0,2}(?:of|in|from|to)\s/i.test(text))
    for (const m of text.matchAll(EACH_THEN_LIST)) {
      const states = [...new Set(listedStates(text, m.index + m[0].length))];
      if (states.length < 2) continue;
      pairs.push({
        start: m.index,
        end: m.index + m[1].length,
        states,
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
      // "one each from Sweden, Aruba …" after "2 from the French territory of Martinique": a place the row took from
      // the item before it gives way to the list's own, in the breakdown the item before filled.
      const key =
        (["country", "citizenship"] as const).find((k) => row[k] !== null && pair.states.includes(row[k]!)) ??
        (row.country === null && row.citizenship === null ? pair.key : null) ??
        (!pair.key ? null : row[pair.key] !== null ? pair.key : row.country !== null ? "country" : "citizenship");
      if (!key) continue;
      const named = own.map((r) => r[key]);
      if (!pair.states.includes(row[key] ?? "")) row[key] = pair.states[0];
      for (const s of pair.states) if (!named.includes(s) && s !== row[key]) added.push({...row, [key]: s});
    }
  }
  return added;
}
