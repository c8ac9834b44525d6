import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "11 child trafficking victims (10 sex trafficking and one labor trafficking)": "one" named by a kind of exploitation
// inside a whole's bracket is an item of its list, not a pronoun.
describe("a bracketed part of one, named by a kind of exploitation", () => {
  it.each([
    [
      "The government identified 11 child trafficking victims (10 sex trafficking and one labor trafficking) in 2018.",
      "1@2018 trafficking_victims_identified [labor trafficking]"
    ],
    [
      "The government identified 11 victims (one sex trafficking and 10 labor trafficking) in 2018.",
      "1@2018 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "Authorities identified 15 trafficking victims (14 forced labor and one sex trafficking) in 2018.",
      "1@2018 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "The government screened 11 potential child trafficking victims (10 sex trafficking and one labor trafficking) in 2018.",
      "1@2018 trafficking_potential_victims_screened [labor trafficking]"
    ],
    [
      "Police identified 9 victims (eight sex trafficking and one forced begging) in 2018.",
      "1@2018 trafficking_victims_identified [forced begging]"
    ],
    [
      "Police identified 6 victims (five forced labor and one domestic servitude) in 2018.",
      "1@2018 trafficking_victims_identified [domestic servitude]"
    ],
    [
      "The ministry identified 4 trafficking victims (three sex trafficking, one forced labor) in 2018.",
      "1@2018 trafficking_victims_identified [forced labor]"
    ],
    [
      "The government identified 7 trafficking victims (six labor trafficking and one organ removal) in 2018.",
      "1@2018 trafficking_victims_identified [organ removal]"
    ],
    [
      "The government identified 3 victims (two sex trafficking and one debt bondage) in 2018.",
      "1@2018 trafficking_victims_identified [debt bondage]"
    ],
    [
      "In 2018 the police identified 12 victims (11 labor trafficking and one forced criminality).",
      "1@2018 trafficking_victims_identified [forced criminality]"
    ]
  ])("%s", (sentence, expected) => {
    expect(rows(sentence, "2018", "2019-06-20")).toContain(expected);
  });

  it.each([
    // A bracketed "one" with a place is no kind.
    ["Officials identified 5 victims (one in the capital) in 2018."],
    // "one of them" is a pronoun still.
    ["Officials identified 5 victims in 2018 (one of them a child)."]
  ])("%s", (sentence) => {
    expect(rows(sentence, "2018", "2019-06-20").filter((r) => r.startsWith("1@"))).toEqual([]);
  });

  it("a status is no kind of exploitation", () => {
    expect(
      rows("Officials screened 5 persons (four confirmed and one potential) in 2018.", "2018", "2019-06-20").filter(
        (r) => r.startsWith("1@")
      )
    ).toEqual([]);
  });
});
