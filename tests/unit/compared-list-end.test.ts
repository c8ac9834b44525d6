import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-07-19").map((r) => r.replace(/ \[.*\]$/, ""));

// "…, compared with 12 prosecutions in 2020 and none in 2019, and reported 18 prosecutions remained ongoing": a
// comparison runs through the figures of other periods joined to its first, and a noun may stand after its figure;
// the clause "and" opens with a verb of its own after it is of the report's period again.
describe("the end of a comparison listing several periods", () => {
  it.each([
    [
      "The government did not initiate any prosecutions, compared with 12 prosecutions in 2020 and none in 2019, and reported 18 prosecutions remained ongoing from previous reporting periods.",
      "18@2021"
    ],
    [
      "The government convicted nine traffickers, compared with 12 in 2020 and five in 2019, and reported 18 prosecutions remained ongoing.",
      "18@2021"
    ],
    [
      "Police identified 40 victims, compared with 32 in 2020 and 25 in 2019, and referred 18 victims to shelters.",
      "18@2021"
    ],
    [
      "The government convicted nine traffickers, compared with 12 convicted traffickers in 2020, and reported 18 prosecutions remained ongoing.",
      "18@2021"
    ],
    [
      "Authorities investigated 30 cases, compared with 22 in 2020, 19 in 2019 and 15 in 2018, and prosecuted 11 suspects.",
      "11@2021"
    ],
    [
      "The government identified 75 victims, compared with 60 assisted victims in 2020, and assisted 40 victims.",
      "40@2021"
    ],
    [
      "Officials prosecuted 14 suspects, compared with eight in 2020 and six in 2019, and convicted five traffickers.",
      "5@2021"
    ],
    ["The police investigated 21 cases, compared with 17 investigations in 2020, and arrested 13 suspects.", "13@2021"],
    [
      "The government repatriated 50 victims, compared with 35 in 2020 and 20 in 2019, and referred 30 victims to care.",
      "30@2021"
    ],
    [
      "Courts convicted 12 traffickers, compared with ten in 2020, nine in 2019 and seven in 2018, and acquitted four defendants.",
      "4@2021"
    ],
    [
      "The ministry identified 64 victims, compared with 51 identified victims in 2020, and sheltered 33 victims.",
      "33@2021"
    ]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(`${row} `))).toBe(true);
  });

  it.each([
    // The listed figures keep their own periods.
    [
      "Police identified 40 victims, compared with 32 in 2020 and 25 in 2019, and referred 18 victims to shelters.",
      "25@2019"
    ],
    [
      "Authorities investigated 30 cases, compared with 22 in 2020, 19 in 2019 and 15 in 2018, and prosecuted 11 suspects.",
      "15@2018"
    ]
  ])("%s", (text, row) => {
    expect(read(text).some((r) => r.startsWith(`${row} `))).toBe(true);
  });
});
