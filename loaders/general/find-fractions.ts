/**
 * Shares stated as fractions or ratios of a group: "three quarters of the asylum seekers were returned",
 * "one in five were Romanian citizens", "half of the victims were women". Read as percent only when a group
 * follows ("of the …", "of those …") or a predicate says which part it is ("were …"); "the first half of 2019"
 * and "one in five years" are not shares.
 */
import {FRACTIONS} from "../vocabulary/quantities.js";
import {parseNumberWords} from "../numbers/parse-number.js";
import type {Quantity} from "./find-quantities.js";
import {alternation} from "./alternation.js";

const FRACTION_RE = new RegExp(
  `(?<![\\p{L}-])(?<!(?:first|second|latter|last|other|the|a)\\s)(${alternation(Object.keys(FRACTIONS)).replace(/\\s\+/g, "[\\s-]+")})(?=\\s+(?:of\\s+(?:the|those|these|them|all|which|whom)\\b(?!\\s+(?:year|month|period|decade|century)\\b)|(?:were|was)\\s))`,
  "giu"
);
// Every fraction ends in its last word ("quarters", "third", "half"): a sentence without one holds no fraction.
const FRACTION_WORD = new RegExp(
  alternation([...new Set(Object.keys(FRACTIONS).map((k) => k.split(/\s+/).at(-1)!))]),
  "iu"
);
const RATIO_RE =
  /(?<![\p{L}\d])(one|\d)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?=\s+(?:of\s+(?:the|those|these|them)\b|(?:were|was)\s))/giu;

export function findFractions(text: string): Quantity[] {
  const out: Quantity[] = [];
  const push = (start: number, matched: string, value: number) =>
    out.push({
      start,
      end: start + matched.length,
      text: matched,
      value: Math.round(value * 10) / 10,
      kind: "percent",
      unit: "percent",
      approx: null,
      word: true,
      excluded: null
    });
  if (FRACTION_WORD.test(text))
    for (const m of text.matchAll(FRACTION_RE))
      push(m.index, m[1], FRACTIONS[m[1].toLowerCase().replace(/[\s-]+/g, " ")]);
  for (const m of text.matchAll(RATIO_RE)) {
    const [part, whole] = [m[1], m[2]].map((n) => (/\d/.test(n) ? Number(n) : parseNumberWords(n.toLowerCase())));
    if (part && whole && part < whole) push(m.index, m[0], (100 * part) / whole);
  }
  return out;
}
