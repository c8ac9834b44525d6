import {describe, expect, it} from "vitest";
import {rankedPeople, ranksNationals} from "../../loaders/general/read-people-ranking.js";
import {countryRows} from "./read-paragraph.js";

const WHOLE = "As of 31 March, there were 20,000 work permits in effect.";

// "Jamaicans still comprise the biggest group of foreign workers at 15,519": a people at a place of a ranking, with
// its figure after "at" or "with", is the part of the count before that those people hold.
describe("a people ranked at a place with its figure", () => {
  it.each([
    ["Jamaicans still comprise the biggest group of foreign workers at 15,519.", "15519 -/Jamaica"],
    ["Filipinos remain the second largest nationality at 6,323.", "6323 -/Philippines"],
    ["Nepalese make up the largest group, at 4,100.", "4100 -/Nepal"],
    ["Canadians are the fourth largest community with 900.", "900 -/Canada"],
    ["Chinese citizens became the second biggest group at 1,200.", "1200 -/China"],
    ["Bangladeshis remained the most numerous nationality at 3,400.", "3400 -/Bangladesh"],
    ["Ghanaians form the fifth largest group with 700.", "700 -/Ghana"],
    ["Indians represent the largest source of workers at 5,000.", "5000 -/India"],
    ["Sri Lankan nationals remain the third largest group at 800.", "800 -/Sri Lanka"],
    ["Filipinos lead with 8,000.", "8000 -/Philippines"]
  ])("%s", (sentence, expected) => {
    expect(countryRows(`${WHOLE} ${sentence}`, undefined, "2021", "2021-04-02")).toEqual(["20000 -/-", expected]);
  });

  it.each([
    [
      "Filipinos remain the second largest nationality at 6,323, but Indian nationals are now the third biggest group at 2,078.",
      ["6323 -/Philippines", "2078 -/India"]
    ],
    [
      "Filipinos were the largest group at 8,000, pushing those from the UK into fourth with 2,057.",
      ["8000 -/Philippines", "2057 -/United Kingdom"]
    ]
  ])("%s", (sentence, expected) => {
    expect(countryRows(`${WHOLE} ${sentence}`, undefined, "2021", "2021-04-02")).toEqual(["20000 -/-", ...expected]);
  });

  it.each([
    ["but Indian nationals are now the third biggest group at ", true],
    [", and Sri Lankan citizens remain the second largest group with ", true],
    ["Indian nationals received ", false],
    ["Indian nationals were granted ", false],
    ["The largest group of Indian nationals was in Dubai, at ", false]
  ])("ranksNationals(%s) is %s", (lead, expected) => {
    expect(ranksNationals(lead)).toBe(expected);
  });

  it.each([
    ["The largest group was in Dubai, at ", "a place, not a people"],
    ["Georgia remains the largest group at ", "a country's own name"],
    ["The report was the largest of its kind, with ", "no people"]
  ])("%s names no people (%s)", (lead) => {
    expect(rankedPeople(lead, lead)).toBeNull();
  });
});
