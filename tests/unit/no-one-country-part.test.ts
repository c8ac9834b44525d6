import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

/** "value country/citizenship" of the rows of a sentence of a chapter on 2016. */
const read = (sentence: string) => countryRows(sentence, undefined, "2016", "2017-06-27");

// "…, 104 Romanian, and 375 were other nationalities": a part said to be of other nationalities, or stateless, is of no
// one country, and takes none from the item before it.
describe("a part of other nationalities after parts of named ones", () => {
  it.each([
    [
      "The victims identified in 2016 included 323 French, 202 Chinese, 114 Nigerian, 104 Romanian, and 375 were other nationalities.",
      "375 -/other"
    ],
    ["The government identified 60 victims; 40 were Nigerian and 20 were other nationalities.", "20 -/other"],
    ["The government identified 60 victims; 40 were Nigerian and 20 were stateless.", "20 -/stateless"],
    ["Police identified 45 victims; 30 were Albanian and 15 were other nationalities.", "15 -/other"],
    ["The agency identified 90 victims; 52 were Vietnamese and 38 were other nationalities.", "38 -/other"],
    ["Authorities identified 25 victims; 19 were Filipino and six were other nationalities.", "6 -/other"],
    ["Authorities identified 25 victims; 19 were Filipino and six were of another nationality.", "6 -/other"],
    ["The government identified 14 victims; 10 were Ukrainian and four were stateless.", "4 -/stateless"],
    ["Officials identified 52 victims; 41 were Thai and 11 were other nationalities.", "11 -/other"],
    ["The police identified 70 victims, of whom 50 were Chinese and 20 were other nationalities.", "20 -/other"],
    ["The government identified 33 victims; 21 were Nepali, 7 were Indian and 5 were other nationalities.", "5 -/other"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // The parts naming their own people keep them.
    ["The government identified 60 victims; 40 were Nigerian and 20 were Ghanaian.", "20 -/Ghana"],
    ["The government identified 60 victims; 40 were Nigerian and 20 were other nationalities.", "40 -/Nigeria"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});
