/**
 * Splits a flattened table row ("3 233 3 073 3 220 908") into a fixed number of cells. Every way
 * the digit-group rules allow is returned: a cell is one leading group of 1-3 digits followed by
 * 3-digit groups (or, with reversed groups, 3-digit groups followed by a shorter last one), or a
 * single self-contained token ("5011", "107.172", "29,661").
 */
import {parseNumber} from "../numbers/parse-number.js";

export interface Token {
  text: string;
  start: number; // raw offset
  end: number;
}

export interface Cell {
  value: number;
  start: number;
  end: number;
  text: string;
}

export type Split = Cell[];

const isGroup3 = (t: string) => /^\d{3}$/.test(t);
const isLead = (t: string) => /^(?:[1-9]\d{0,2}|0)$/.test(t);

/** All splits of tokens into exactly n cells, each a valid number; capped to keep the search bounded. */
export function splitTokens(
  tokens: Token[],
  n: number,
  options: {reversedGroups?: boolean; limit?: number} = {}
): Split[] {
  const limit = options.limit ?? 5000;
  const out: Split[] = [];
  const cell = (from: number, to: number): Cell | null => {
    const parts = tokens.slice(from, to);
    const text = parts.map((p) => p.text).join(" ");
    if (parts.length === 1) {
      if (/^0\d/.test(text)) return null; // "073" only ever continues a number
      const parsed = parseNumber(text);
      return parsed ? {value: parsed.value, start: parts[0].start, end: parts[0].end, text} : null;
    }
    const ok = options.reversedGroups
      ? parts.slice(0, -1).every((p) => isGroup3(p.text)) &&
        /^\d{1,3}$/.test(parts[parts.length - 1].text) &&
        !/^0/.test(parts[parts.length - 1].text)
      : isLead(parts[0].text) && parts[0].text !== "0" && parts.slice(1).every((p) => isGroup3(p.text));
    if (!ok) return null;
    const parsed = parseNumber(text, {reversedGroups: options.reversedGroups});
    return parsed ? {value: parsed.value, start: parts[0].start, end: parts[parts.length - 1].end, text} : null;
  };
  const walk = (from: number, acc: Cell[]) => {
    if (out.length >= limit) return;
    if (acc.length === n) {
      if (from === tokens.length) out.push(acc.slice());
      return;
    }
    const remainingCells = n - acc.length;
    for (let to = from + 1; to <= tokens.length - (remainingCells - 1); to++) {
      const c = cell(from, to);
      if (c) {
        acc.push(c);
        walk(to, acc);
        acc.pop();
      } else if (to > from + 1) break; // a longer run cannot become valid once a group breaks the rules
    }
  };
  walk(0, []);
  return out;
}

/**
 * How far a split's cells are from one order of magnitude (variance of log10), after scaling
 * partial-period cells to a full year; lower is more plausible.
 */
export function magnitudeSpread(split: Split, scale: number[]): number {
  const logs = split.map((c, i) => Math.log10(Math.max(c.value * (scale[i] ?? 1), 1)));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length;
}

/** Tokens of a raw span: whitespace-separated words with their raw offsets. */
export function tokenize(raw: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  const slice = raw.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push({text: m[0], start: start + m.index, end: start + m.index + m[0].length});
  return out;
}
