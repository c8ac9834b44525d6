import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

// "The top five countries which recorded the highest number at immigration depots are Indonesia (3,375), …": the
// leading countries of a count of people, with no word of where they went, are where those people are from.
describe("the top countries of a count of people", () => {
  const whole = "In 2024, 13,530 foreigners were held in immigration depots.";
  const read = (sentence: string) => countryRows(`${whole} ${sentence}`, "Malaysia", "2024", "2025").slice(1);
  it.each([
    [
      "The top five countries which recorded the highest number at immigration depots are Indonesia (3,375), the Philippines (3,345), Myanmar (1,988), Bangladesh (719) and Thailand (340).",
      ["3375 -/Indonesia", "3345 -/Philippines", "1988 -/Burma", "719 -/Bangladesh", "340 -/Thailand"]
    ],
    [
      "The top countries at the depots are Indonesia (3,375), Vietnam (3,345) and Thailand (340).",
      ["3375 -/Indonesia", "3345 -/Vietnam", "340 -/Thailand"]
    ],
    [
      "The main countries were Indonesia (3,375), Vietnam (3,345) and Thailand (340).",
      ["3375 -/Indonesia", "3345 -/Vietnam", "340 -/Thailand"]
    ],
    [
      "The leading three countries were Indonesia (3,375), Vietnam (3,345) and Thailand (340).",
      ["3375 -/Indonesia", "3345 -/Vietnam", "340 -/Thailand"]
    ],
    [
      "The top 5 countries are Indonesia (3,375), Vietnam (3,345), Myanmar (1,988), Nepal (719) and Thailand (340).",
      ["3375 -/Indonesia", "3345 -/Vietnam", "1988 -/Burma", "719 -/Nepal", "340 -/Thailand"]
    ],
    ["The major countries included Indonesia (3,375) and Vietnam (3,345).", ["3375 -/Indonesia", "3345 -/Vietnam"]],
    [
      "The principal countries represented were Indonesia (3,375), Cambodia (3,345) and Thailand (340).",
      ["3375 -/Indonesia", "3345 -/Cambodia", "340 -/Thailand"]
    ],
    [
      "The top countries among the detainees were Indonesia (3,375), Myanmar (1,988) and Thailand (340).",
      ["3375 -/Indonesia", "1988 -/Burma", "340 -/Thailand"]
    ],
    [
      "The main countries in the depots were India (3,375), Nepal (1,988) and Pakistan (340).",
      ["3375 -/India", "1988 -/Nepal", "340 -/Pakistan"]
    ],
    [
      "The top countries were Indonesia (3,375), Bangladesh (719), Pakistan (500), India (420), Nepal (400) and Thailand (340).",
      ["3375 -/Indonesia", "719 -/Bangladesh", "500 -/Pakistan", "420 -/India", "400 -/Nepal", "340 -/Thailand"]
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    // Countries people went to are where they went.
    ["The top destination countries were Malaysia (3,375) and Qatar (1,988).", ["3375 Malaysia/-", "1988 Qatar/-"]],
    ["The top countries they were sent to were Malaysia (3,375) and Qatar (1,988).", []]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
