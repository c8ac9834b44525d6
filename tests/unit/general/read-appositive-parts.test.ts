import {describe, expect, it} from "vitest";
import {appositiveWhole} from "../../../loaders/general/read-appositive-parts.js";
import {countryRows} from "../read-paragraph.js";

/** Spans of the numbers in a text, as counts whose words end with the word after the number. */
function spans(text: string) {
  return [...text.matchAll(/\d[\d,]*(?:\s+[a-z]+)?(?:\s+[a-z]+)?/gi)].map((m) => {
    const head = /^\d[\d,]*\s+(?:[A-Z][a-z]+\s+)?[a-z]+/.exec(m[0]);
    return {q: {start: m.index}, counted: {end: m.index + (head ? head[0].length : m[0].length)}};
  });
}

describe("appositiveWhole", () => {
  it.each([
    ["812 Nepali workers, 600 men and 212 women, were", 2, 0],
    ["812 Nepali workers, 600 men", 1, 0],
    ["812 Nepali workers: 600 men", 1, 0]
  ])("%s", (text, i, whole) => expect(appositiveWhole(text, spans(text), i)).toBe(whole));
  it.each([
    ["812 Nepali workers and 600 men", 1],
    ["812 Nepali workers in 2020; 600 men", 1]
  ])("not: %s", (text, i) => expect(appositiveWhole(text, spans(text), i)).toBe(-1));
});

describe("parts by sex or age set after a whole of one people", () => {
  it.each([
    [
      "In 2021, border officers intercepted a total of 812 Nepali travelers, 600 females and 212 males, bound for the Gulf.",
      ["600 -/Nepal", "212 -/Nepal"]
    ],
    [
      "In 2020, the ministry repatriated 1,045 Kenyan workers, 760 women and 285 men, from Saudi Arabia.",
      ["760 -/Kenya", "285 -/Kenya"]
    ],
    [
      "In 2019, officials identified 96 Cambodian victims, 70 adults and 26 children.",
      ["70 -/Cambodia", "26 -/Cambodia"]
    ]
  ])("%s", (text, expected) => expect(countryRows(text)).toEqual(expect.arrayContaining(expected)));
  it("parts joined by 'and' only are parts of no whole named before", () =>
    expect(countryRows("In 2019, officials identified 96 Cambodian victims and 70 adults.")).not.toContain(
      "70 -/Cambodia"
    ));
});
