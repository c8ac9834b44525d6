import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator" of every row of a sentence in a report on 2024. */
const read = (text: string) => rows(text, "2024", "2025-01-20").map((r) => r.split(" ").slice(0, 2).join(" "));

// "66,189 people from Ukraine had S protection status at the end of June": those holding a protection status on a day.
describe("holders of a protection status on a day", () => {
  it.each([
    [
      "66,189 people from Ukraine had S protection status at the end of June 2024.",
      ["66189@2024-06-30 protection_holders"]
    ],
    ["At the end of 2024, 4,100 persons held protection status.", ["4100@2024-12-31 protection_holders"]],
    [
      "At the end of 2024, 8,450 Ukrainians had protection status in the country.",
      ["8450@2024-12-31 protection_holders"]
    ],
    ["At the end of 2024, 2,750 foreigners held protection status.", ["2750@2024-12-31 protection_holders"]],
    ["On 31 December 2024, 950 nationals of Syria had protection status.", ["950@2024-12-31 protection_holders"]],
    [
      "At the end of 2024, 1,900 people from Afghanistan held protection status.",
      ["1900@2024-12-31 protection_holders"]
    ],
    [
      "As of 31 December 2024, 7,800 persons had protection status in the country.",
      ["7800@2024-12-31 protection_holders"]
    ],
    ["At the end of 2024, 620 Eritreans had protection status.", ["620@2024-12-31 protection_holders"]],
    ["By 30 June 2024, 3,050 migrants had protection status.", ["3050@2024-06-30 protection_holders"]],
    [
      "At the end of 2024, 14,900 people held protection status in the country.",
      ["14900@2024-12-31 protection_holders"]
    ],
    [
      "As of 31 December 2024, 12,300 refugees were under temporary protection.",
      ["12300@2024-12-31 protection_holders"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // A status granted or ended in the period is a flow, not its holders.
  it.each([
    "In 2024, protection status was granted to 1,033 people.",
    "In 2024, 1,033 people were granted protection status.",
    "In 2024, protection status was terminated in 1,559 cases."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.endsWith(" protection_holders"))).toEqual([]);
  });
});
