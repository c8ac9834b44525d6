import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "He said of the total, 9,438 were men": a saying before "of the total" or "of these" relays the parts of the count before.
describe("a relayed opening on the parts of the count before", () => {
  const whole = "There were 13,530 detainees at the depots on 31 March 2024.";
  it.each([
    "He said of the total, 9,438 were men and 2,696 were women.",
    "He said that of the total, 9,438 were men and 2,696 were women.",
    "The minister said of the detainees, 9,438 were men and 2,696 were women.",
    "The minister told reporters that of the total number, 9,438 were men and 2,696 were women.",
    "She added that of the 13,530, 9,438 were men and 2,696 were women.",
    "Officials noted that among the detainees, 9,438 were men and 2,696 were women.",
    "The ministry reported that of the detainees, 9,438 were men and 2,696 were women.",
    "Datuk Seri Saifuddin explained that out of the total, 9,438 were men and 2,696 were women.",
    "The spokesperson confirmed that out of this number, 9,438 were men and 2,696 were women.",
    "The director stated of the total, 9,438 were men and 2,696 were women.",
    "The report indicated that of the people held, 9,438 were men and 2,696 were women.",
    "The minister announced that of the total, 9,438 were men and 2,696 were women.",
    "She said that out of the total, 9,438 were men and 2,696 were women.",
    "The home ministry revealed that of the total number, 9,438 were men and 2,696 were women.",
    "He told reporters of the 13,530, 9,438 were men and 2,696 were women.",
    "A police spokesman told journalists that of this figure, 9,438 were men and 2,696 were women."
  ])("%s", (sentence) => {
    expect(rows(`${whole} ${sentence}`, "2024Q1", "2024-04-06")).toEqual([
      "13530@2024-03-31 persons_in_detention []",
      "9438@2024-03-31 persons_in_detention []",
      "2696@2024-03-31 persons_in_detention []"
    ]);
  });

  it.each([
    // A saying with no opening on the count before: its own count.
    ["He said 40 officers were trained.", "40@2024Q1 officials_trained []"],
    ["The minister said that 12 traffickers were convicted.", "12@2024Q1 trafficking_convictions []"]
  ])("%s is a count of its own", (sentence, row) => {
    expect(rows(`${whole} ${sentence}`, "2024Q1", "2024-04-06")).toEqual([
      "13530@2024-03-31 persons_in_detention []",
      row
    ]);
  });
});
