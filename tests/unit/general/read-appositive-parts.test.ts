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

describe("parts set after a whole dated to its year, by a colon or a dash", () => {
  it.each([
    ["The government assisted in the repatriation of 38 Tunisian victims in 2021: 27 women and 11 men.", "Tunisia"],
    ["The ministry repatriated 52 Filipino workers in 2021: 30 women and 22 men.", "Philippines"],
    ["Officials identified 19 Cambodian victims during 2021 — 12 girls and seven women.", "Cambodia"],
    ["Police rescued 64 Nigerian victims in 2021: 40 adults and 24 children.", "Nigeria"],
    ["The embassy repatriated 210 Indonesian migrants in 2021 — 150 women and 60 men.", "Indonesia"],
    ["Shelters assisted 47 Ethiopian victims during 2021: 33 girls and 14 boys.", "Ethiopia"],
    ["Border guards returned 125 Afghan nationals in 2021: 101 men, 15 women and nine children.", "Afghanistan"],
    ["The task force identified 31 Vietnamese victims in 2021: 18 women and 13 men.", "Vietnam"],
    ["In total, authorities deported 86 Honduran migrants in 2021: 50 men and 36 women.", "Honduras"],
    ["The government repatriated 73 Kenyan workers during 2021: 61 women and 12 men.", "Kenya"]
  ])("%s", (text, country) => {
    const got = countryRows(text);
    expect(got.filter((r) => r.endsWith(`/${country}`)).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    // Only a year may stand between the whole and the colon: any other words end the whole.
    ["812 Nepali workers in March: 600 men", 1],
    ["812 Nepali workers in Dhaka: 600 men", 1],
    ["812 Nepali workers in 2020 and 600 men", 1]
  ])("not: %s", (text, i) => expect(appositiveWhole(text, spans(text), i)).toBe(-1));
});
