import {describe, expect, it} from "vitest";
import {magnitudeSpread, splitTokens, tokenize} from "../../loaders/tables/split-row.js";

const splits = (row: string, n: number, reversedGroups = false) =>
  splitTokens(tokenize(row, 0, row.length), n, {reversedGroups}).map((s) => s.map((c) => c.value));

describe("splitTokens", () => {
  it("has one reading when 1-2 digit groups force every cell start", () => {
    expect(splits("2 242 783 2 692 219 2 845 697 1 409 724", 4)).toEqual([[2242783, 2692219, 2845697, 1409724]]);
    expect(splits("358 550 418 245", 4)).toEqual([[358, 550, 418, 245]]);
    expect(splits("107.172 103.741 53.303", 3)).toEqual([[107172, 103741, 53303]]);
  });

  it("lists every reading the digit-group rules allow", () => {
    expect(splits("3 233 3 073 3 220 908", 4)).toEqual([
      [3, 233, 3073, 3220908],
      [3233, 3073, 3, 220908],
      [3233, 3073, 3220, 908]
    ]);
    expect(splits("58 720 976 16 11 240 1 541", 7)).toHaveLength(4);
  });

  it("never starts a cell with a zero-led group or splits a four-digit token", () => {
    expect(splits("3 073", 2)).toEqual([]);
    expect(splits("1541 2", 1)).toEqual([]);
    expect(splits("12 345", 3)).toEqual([]);
  });

  it("reads reversed groups when the table is written right to left", () => {
    expect(splits("028 5 680 3 213", 3, true)).toEqual([[5028, 3680, 213]]);
  });

  it("prefers cells of one order of magnitude, partial periods scaled to a year", () => {
    const row = "3 233 3 073 3 220 908";
    const all = splitTokens(tokenize(row, 0, row.length), 4);
    const best = all
      .map((s) => ({v: s.map((c) => c.value), spread: magnitudeSpread(s, [1, 1, 1, 2])}))
      .sort((a, b) => a.spread - b.spread)[0];
    expect(best.v).toEqual([3233, 3073, 3220, 908]);
  });
});
