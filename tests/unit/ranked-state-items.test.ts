import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

/** "value country/citizenship" of every row of a sentence in a 2022 release on South Korea. */
const read = (text: string) => countryRows(text, "Republic of Korea", "2022", "2023-07-13");

// "Arrivals from China accounted for 95,000, trailed by Vietnam with 52,000 and Thailand with 35,000": the subject's
// own "from" names whose the count is, and each state a ranking names with "with" is its own figure's.
describe("a subject's origin, and the states a ranking names", () => {
  it.each([
    ["Arrivals from China accounted for 95,000 in 2022.", ["95000 -/China"]],
    [
      "Arrivals from China accounted for 95,000, trailed by Vietnam with 52,000 and Thailand with 35,000.",
      ["95000 -/China", "52000 -/Vietnam", "35000 -/Thailand"]
    ],
    ["Asylum applications from Afghanistan rose to 8,400 in 2022.", ["8400 -/Afghanistan"]],
    [
      "Arrivals from Nepal reached 12,300 in 2022, followed by Bangladesh with 9,800.",
      ["12300 -/Nepal", "9800 -/Bangladesh"]
    ],
    ["Applications from Eritrea fell to 3,726 in 2022.", ["3726 -/Eritrea"]],
    [
      "Arrivals from Pakistan numbered 7,200, followed closely by Sri Lanka with 6,900.",
      ["7200 -/Pakistan", "6900 -/Sri Lanka"]
    ],
    ["Applications from Syria rose to 4,100 in 2022, followed by Iraq with 2,300.", ["4100 -/Syria", "2300 -/Iraq"]],
    [
      "Remittances from Germany reached 38.8 million euros in 2022, followed by the USA with 7.6 million euros.",
      ["38800000 Germany/-", "7600000 United States/-"]
    ],
    [
      "Remittances from Italy amounted to 42.5 million dollars in 2022, followed by Greece with 21.2 million dollars and Spain with 9.1 million dollars.",
      ["42500000 Italy/-", "21200000 Greece/-", "9100000 Spain/-"]
    ],
    [
      "Remittances from Russia fell to 62 million dollars in 2022, followed by Italy with 42.57 million dollars.",
      ["62000000 Russian Federation/-", "42570000 Italy/-"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // Where people were sent back from is a place; "from abroad" names no state.
  it.each([
    ["Returnees from Iran numbered 12,000 in 2022.", ["12000 Iran/-"]],
    ["Arrivals from abroad accounted for 95,000 in 2022.", ["95000 -/-"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
