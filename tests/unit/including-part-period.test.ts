import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2023", "2024-02-01").map((r) => r.split(" ")[0]);

describe("a period in an included part's own relative clause dates only that part", () => {
  it.each([
    ["As of 30 June 2023, 314,301 refugees lived in camps, including 35,557 who arrived in 2023.", "314301@2023-06-30"],
    [
      "As of 30 June 2023, 52,000 refugees lived in the country, including 4,100 who arrived in May.",
      "52000@2023-06-30"
    ],
    [
      "As of 31 December 2023, 9,800 foreigners held residence permits, including 1,200 that were issued in 2023.",
      "9800@2023-12-31"
    ],
    [
      "As of 31 December 2023, 640 refugees lived in the camp, including 210 who arrived in December.",
      "640@2023-12-31"
    ],
    ["As of 30 June 2023, 21,400 refugees lived in camps, including 3,050 who had fled in 2022.", "21400@2023-06-30"],
    [
      "As of 30 September 2023, 1.2 million refugees lived in the country, including 80,000 who arrived in the third quarter.",
      "1200000@2023-09-30"
    ],
    ["As of 30 June 2023, 7,300 migrants lived in shelters, including 900 who came in June.", "7300@2023-06-30"],
    [
      "As of 31 March 2023, 15,000 refugees lived in Cairo, including 2,000 that arrived in February.",
      "15000@2023-03-31"
    ],
    ["As of 30 June 2023, 4,500 refugees lived in the camp, including 600 who arrived in 2023.", "4500@2023-06-30"],
    [
      "As of 31 May 2023, 11,000 refugees lived in settlements, including 1,300 who arrived in April.",
      "11000@2023-05-31"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("parts with no clause of their own leave a later period to the whole", () => {
  it.each([
    ["The government identified 57 victims, including 41 women and 7 men, in 2017.", "57@2017"],
    ["Police arrested 120 smugglers, including 30 foreigners, in 2019.", "120@2019"]
  ])("%s", (text, row) => {
    expect(rows(text, "2019", "2020-02-01").map((r) => r.split(" ")[0])).toContain(row);
  });
});
