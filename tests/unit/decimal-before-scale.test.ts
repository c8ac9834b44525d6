import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const values = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("a dot and three digits before a scale are a decimal", () => {
  it.each([
    ["net remittances were US$1.468 billion", 1_468_000_000],
    ["remittances reached $1.468bn", 1_468_000_000],
    ["1.250 million foreigners arrived", 1_250_000],
    ["inflows of US$2.125 million", 2_125_000],
    ["some 3.400 million people left", 3_400_000],
    ["a budget of EUR 12.375 million", 12_375_000],
    ["€4.125 billion was sent home", 4_125_000_000],
    ["an estimated 1.575 million refugees", 1_575_000],
    ["$6.570 billion in 2024", 6_570_000_000],
    ["2.005 thousand applications", 2005],
    ["US$7.240 billion", 7_240_000_000]
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});

describe("without a scale, a dot and three digits stay a thousands separator", () => {
  it.each([
    ["1.468 foreigners arrived", 1468],
    ["12.345 applications", 12345],
    ["107.172 persons", 107172]
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });
});
