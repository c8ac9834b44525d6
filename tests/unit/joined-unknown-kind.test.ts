import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** The rows of a sentence of a chapter on 2016. */
const read = (sentence: string) => rows(sentence, "2016", "2017-06-27");

// "1,118 sex trafficking and aggravated pimping victims": a kind the vocabulary knows joined by "and" to one it does not,
// in plain words right before the head noun, qualifies the same count.
describe("a known kind joined to an unknown one before the head noun", () => {
  it.each([
    [
      "The government identified 1,118 sex trafficking and aggravated pimping victims in 2016, compared to 712 in 2015.",
      "1118@2016 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "The government identified 1,118 sex trafficking and aggravated pimping victims in 2016, compared to 712 in 2015.",
      "712@2015 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "Police identified 40 sex trafficking and organ trade victims.",
      "40@2016 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "Police identified 25 forced labor and debt peonage victims.",
      "25@2016 trafficking_victims_identified [forced labor]"
    ],
    ["Police identified 31 forced begging and petty theft victims.", "31@2016 victims_identified [forced begging]"],
    [
      "The agency identified 18 domestic servitude and exploitative cleaning victims.",
      "18@2016 victims_identified [domestic servitude]"
    ],
    [
      "Officials identified 9 forced criminality and shoplifting victims.",
      "9@2016 victims_identified [forced criminality]"
    ],
    [
      "Police identified 14 sex trafficking and pimping victims.",
      "14@2016 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "Police identified 22 labor trafficking and wage theft victims.",
      "22@2016 trafficking_victims_identified [labor trafficking]"
    ],
    [
      "The government identified 63 sex trafficking and procuring victims in 2016.",
      "63@2016 trafficking_victims_identified [sex trafficking]"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // A number after "and" counts a part of its own.
    [
      "The government identified 12 sex trafficking and 3 labor trafficking victims.",
      "3@2016 trafficking_victims_identified [labor trafficking]"
    ],
    // A plural after "and" is a thing of its own, not a kind.
    [
      "Police identified 40 sex trafficking victims and organ trade cases.",
      "40@2016 trafficking_victims_identified [sex trafficking]"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});
