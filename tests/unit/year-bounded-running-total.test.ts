import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator [category]" of each observation, in a release on 2023 dated 2023-05-24. */
const read = (text: string) => rows(text, "2023", "2023-05-24");

describe("a running total the sentence bounds by its year runs from the year's first day", () => {
  it.each([
    [
      "And already, for 2023, as of May 22, we have repatriated 1,921 persons.",
      "1921@2023-01-01..2023-05-22 repatriations []"
    ],
    [
      "Already, for 2023, as of May 22, the government has deported 1,400 migrants.",
      "1400@2023-01-01..2023-05-22 deportations []"
    ],
    [
      "For 2023, as of May 22, authorities have already repatriated 950 persons.",
      "950@2023-01-01..2023-05-22 repatriations []"
    ],
    [
      "In 2023, as of 22 May, the police have already deported 310 migrants.",
      "310@2023-01-01..2023-05-22 deportations []"
    ],
    [
      "During 2023, as of May 20, the coast guard has already repatriated 2,044 migrants.",
      "2044@2023-01-01..2023-05-20 repatriations []"
    ],
    ["For 2023, as of May 15, we have in all repatriated 812 persons.", "812@2023-01-01..2023-05-15 repatriations []"],
    [
      "And already in 2023, as of May 22, officers have deported 175 people.",
      "175@2023-01-01..2023-05-22 deportations []"
    ],
    [
      "For 2023, as at 21 May, immigration has already removed 64 overstayers.",
      "64@2023-01-01..2023-05-21 deportations []"
    ],
    [
      "Already, for 2023, as of May 18, the agency has repatriated 3,310 migrants.",
      "3310@2023-01-01..2023-05-18 repatriations []"
    ],
    [
      "For 2023, as of May 22, we have already repatriated 1,921 persons from 17 boats.",
      "1921@2023-01-01..2023-05-22 repatriations []"
    ]
  ])("%s", (text, row) => expect(read(text)[0]).toBe(row));
});

describe("a running total from some other start stays on its day", () => {
  it.each([
    ["As of May 22, the programme has already repatriated 1,921 persons.", "1921@2023-05-22 repatriations []"],
    ["Already, as of May 22, authorities have repatriated 1,921 persons in total.", "1921@2023-05-22 repatriations []"],
    [
      "In 2023, as of May 22, authorities have repatriated 1,921 persons since the programme began.",
      "1921@2023-05-22 repatriations []"
    ]
  ])("%s", (text, row) => expect(read(text)[0]).toBe(row));
});
