import {describe, expect, it} from "vitest";
import {letterCodes} from "../../loaders/general/read-letter-codes.js";
import {readCounted} from "../../loaders/general/read-counted.js";

/** The category read for the count at the start of the text, after its number. */
const category = (text: string) => readCounted(text, text.indexOf(" ")).breakdown.category ?? null;

describe("codes of a kind between a number and its noun", () => {
  it.each([
    ["769 C and D visas were issued in 2020.", "C and D visas"],
    ["1,200 H-2A and H-2B visas were issued.", "H-2A and H-2B visas"],
    ["310 EB-5 visas were granted to investors.", "EB-5 visas"],
    ["45 B1/B2 visas were refused.", "B1/B2 visas"],
    ["2,400 A, B and C permits were issued last year.", "A, B and C permits"],
    ["88 L1 or L2 visas were approved.", "L1 or L2 visas"],
    ["96 T and U visas were granted to victims.", "T and U visas"],
    ["512 D-1 permits were renewed.", "D-1 permits"],
    ["140 C, D visas were issued.", "C, D visas"],
    ["70 E-9 visas went to fishermen.", "E-9 visas"]
  ])("%s", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["a single letter alone", "769 D visas were issued."],
    ["a name in capitals", "769 Schengen visas were issued."],
    ["codes with no noun after them", "In 2020, 769 C and D were issued."]
  ])("reads no code category from %s", (_name, text) => {
    expect(category(text)).toBeNull();
  });

  it("finds where the codes end", () => {
    expect(letterCodes("769 C and D visas", 4)).toEqual({codes: "C and D", end: 12});
    expect(letterCodes("769 Syrians", 4)).toBeNull();
    expect(letterCodes("769 US citizens", 4)).toBeNull();
    expect(letterCodes("769 short and long visas", 4)).toBeNull();
    expect(letterCodes("769 UNHCR and IOM staff", 4)).toBeNull();
  });
});
