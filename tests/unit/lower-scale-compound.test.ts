import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const values = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("lower scales written after a scale word add to the number", () => {
  it.each([
    ["are over 3 million 600 thousand", 3_600_000],
    ["the amount of remittances is 632 million and 900 thousand euros", 632_900_000],
    ["fines of MNT 124 million 855 thousand and 200", 124_855_200],
    ["a total of 2 million 45 thousand people", 2_045_000],
    ["reached 1 billion 200 million dollars", 1_200_000_000],
    ["some 5 thousand and 20 migrants", 5020],
    ["exactly 12 million 300 thousand 450 visitors", 12_300_450],
    ["4 million and 75 thousand crossings", 4_075_000],
    ["in all 7 billion 5 million 3 thousand", 7_005_003_000],
    ["1 million 1 thousand arrivals", 1_001_000],
    ["workers numbered 9 thousand 409", 9409]
  ])("%s", (text, value) => {
    expect(values(text)).toContain(value);
    expect(values(text)).toHaveLength(1);
  });
});

describe("numbers after a scale that are not lower scales stay apart", () => {
  it.each([
    ["3 million 600 migrants", [3_000_000, 600]],
    ["2 thousand 20 thousand", [2000, 20_000]],
    ["5 million and 2 million", [5_000_000, 2_000_000]]
  ])("%s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});
