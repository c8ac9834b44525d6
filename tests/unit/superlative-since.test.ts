import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** The rows of a sentence read in a report on 2020 dated February 2021. */
const read = (sentence: string) => rows(sentence, "2020", "2021-02-15");

// "120 individuals – the lowest since UNHCR started resettlement activity in Iran in 1999": the time a superlative is
// measured "since" is what the count is set against, never the count's own period.
describe("a superlative since a dated event after a count", () => {
  it.each([
    [
      "In 2020, UNHCR received resettlement quota for 120 individuals – the lowest since UNHCR started resettlement activity in Iran in 1999.",
      "120@2020"
    ],
    [
      "In 2020, UNHCR received resettlement quota for 120 individuals – the lowest since UNHCR started its work in Iran in 1999.",
      "120@2020"
    ],
    [
      "In 2020, the office received resettlement places for 300 refugees – the highest since IOM began operations in Libya in 2006.",
      "300@2020"
    ],
    [
      "In 2020, the ministry received applications for 450 workers, the most since the agency started recruiting in Nepal in 2008.",
      "450@2020"
    ],
    [
      "In 2020, UNHCR obtained quotas for 95 refugees – the fewest since UNHCR opened its office in Kabul in 2002.",
      "95@2020"
    ],
    [
      "In 2020, the office secured resettlement places for 210 refugees, the largest number since UNHCR began the programme in Iraq in 2007.",
      "210@2020"
    ],
    [
      "In 2020, UNHCR received submissions for 75 refugees – the smallest number since the office opened in Tehran in 2001.",
      "75@2020"
    ],
    [
      "In 2020, the agency obtained resettlement places for 640 refugees – the greatest number since UNHCR started work in Jordan in 2003.",
      "640@2020"
    ],
    [
      "In 2020, UNHCR received resettlement quota for 58 individuals, the least since the operation began in Pakistan in 1998.",
      "58@2020"
    ],
    [
      "In 2020, UNHCR secured places for 133 refugees – the biggest number since resettlement started in Egypt in 2004.",
      "133@2020"
    ],
    [
      "In 2020, the office obtained quotas for 47 refugees – the first time since UNHCR opened in Yemen in 2000 that so few left.",
      "47@2020"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence).some((r) => r.startsWith(`${expected} `))).toBe(true);
  });

  it.each([
    // A count "since" a dated event with no superlative runs from it.
    ["Since the programme started in 2015, 1,200 refugees have been resettled.", "1200@2020"],
    // A period of the count's own after it still dates it.
    ["The government deported 4,100 migrants in 2019.", "4100@2020"]
  ])("%s", (sentence, notExpected) => {
    expect(read(sentence).some((r) => r.startsWith(`${notExpected} `))).toBe(false);
  });
});
