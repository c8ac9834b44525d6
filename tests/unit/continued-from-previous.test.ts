import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A chapter on 2022, published in 2023.
const read = (text: string) => rows(text, "2022", "2023-06").map((r) => r.split(" ")[0]);

describe("cases continued from the previous reporting period are counted in this one", () => {
  it.each([
    "The government continued 12 prosecutions from the previous reporting period.",
    "Authorities continued 12 investigations from the previous reporting period.",
    "The government also continued 12 prosecutions from the prior reporting period.",
    "Officials continued to prosecute 12 defendants from the previous reporting period.",
    "The police continued 12 investigations carried over from the previous reporting period.",
    "The government continued prosecuting 12 suspects from the previous reporting period.",
    "It continued 12 investigations from the previous period.",
    "The government continues 12 prosecutions from the previous reporting period.",
    "Law enforcement continued 12 trafficking investigations from the preceding reporting period.",
    "The government reported it continued 12 prosecutions from the previous reporting period."
  ])("%s", (text) => {
    expect(read(text)).toEqual(["12@2022"]);
  });

  it("keeps the year of what was begun this period apart from what was continued", () => {
    expect(
      read(
        "The government initiated one trafficking prosecution, compared with 16 in the previous reporting period, and continued 12 prosecutions from the previous reporting period."
      )
    ).toEqual(["1@2022", "16@2021", "12@2022"]);
  });

  it.each([
    [
      "The government investigated 12 cases, compared with 20 in the previous reporting period.",
      ["12@2022", "20@2021"]
    ],
    ["The government convicted 12 traffickers, up from 5 from the previous reporting period.", ["12@2022", "5@2021"]],
    [
      "The government continued 12 investigations. It reported 7 convictions in the previous reporting period.",
      ["12@2022", "7@2021"]
    ],
    [
      "The government continued 8 investigations; it reported 10 convictions, down from 12 from the previous reporting period.",
      ["8@2022", "10@2022", "12@2021"]
    ]
  ])("a count the previous reporting period is the period of keeps it: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
