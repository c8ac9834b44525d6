import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const values = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("before a scale word, a comma and one or two digits are a decimal", () => {
  it.each([
    ["the number of legal immigrants reached over 1,8 million", 1_800_000],
    ["remittances reached US$ 2,25 billion", 2_250_000_000],
    ["some 3,5 million foreigners lived there", 3_500_000],
    ["an estimated 1,2 million refugees", 1_200_000],
    ["€4,7 billion was sent home", 4_700_000_000],
    ["12,5 million euros of remittances", 12_500_000],
    ["the diaspora numbers 2,7 million people", 2_700_000],
    ["inflows of 0,8 billion dollars", 800_000_000],
    ["about 1,05 million arrivals", 1_050_000],
    ["a fund of 15,3 million", 15_300_000],
    ["7,4 thousand applications", 7400]
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});

describe("a comma before three digits stays a thousands separator, and a lone decimal comma is not read as one", () => {
  it.each([
    ["12,500 million euros", [12_500_000_000]],
    ["1,800 migrants arrived", [1800]],
    ["423,988 residents", [423_988]]
  ])("%s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("a comma and two digits with no scale after them is no decimal", () => {
    expect(values("cases 1,8 and 12 were closed")).not.toContain(1.8);
  });
});
