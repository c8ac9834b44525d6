import {describe, expect, it} from "vitest";
import {comparisonItems, comparisonZeros, dashAsides, isComparisonItem} from "../../loaders/general/read-comparison.js";
import {observations, rows} from "./read-paragraph.js";

/** "value@period citizenship" of every observation of a paragraph in a report on 2020. */
function read(text: string): string[] {
  return observations(text, "2020", "2021").map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? ""}`.trim());
}

describe("a list of earlier years' figures", () => {
  it.each([
    ["compared with one in 2019 and none in 2018.", ["one in 2019", "none in 2018"]],
    ["compared to 12 in 2019, eight in 2018, and none in 2017", ["12 in 2019", "eight in 2018", "none in 2017"]],
    ["a multi-year decline from 94 in 2019 and 130 in 2018", ["94 in 2019", "130 in 2018"]],
    ["up from 1,230 in 2019", ["1,230 in 2019"]],
    ["down from five in 2019 and seven in 2018", ["five in 2019", "seven in 2018"]],
    ["versus 40 in 2016", ["40 in 2016"]],
    ["as against two in 2017 and one in 2016", ["two in 2017", "one in 2016"]],
    ["more than 33 in 2019", ["33 in 2019"]],
    ["compared with zero in FY 2019", ["zero in FY 2019"]],
    ["compared with the 61 in 2018", ["61 in 2018"]]
  ])("%j", (text, items) => {
    expect(comparisonItems(text).map(([s, e]) => text.slice(s, e))).toEqual(items);
  });

  it("finds no list without an opening word or without years", () => {
    expect(comparisonItems("one in 2019 and none in 2018")).toEqual([]);
    expect(comparisonItems("compared with one and none")).toEqual([]);
    expect(comparisonItems("from one region in 2019")).toEqual([]);
    expect(comparisonZeros("none in 2018 were convicted")).toEqual([]);
    expect(isComparisonItem("one in 2019", 0)).toBe(false);
  });

  it("reads 'none' of a list as a zero and 'one' of a list as a count, compared with the count before the aside", () => {
    const text =
      "Authorities identified three foreign victims—one Ukrainian sex trafficking victim and two Kyrgyz labor trafficking victims—compared with one in 2019 and none in 2018.";
    expect(read(text)).toEqual([
      "3@2020 foreign",
      "1@2020 Ukraine",
      "2@2020 Kyrgyzstan",
      "1@2019 foreign",
      "0@2018 foreign"
    ]);
    expect(dashAsides(text).length).toBe(1);
  });

  it("reads no lone 'one' or 'none' outside a list", () => {
    expect(rows("Police identified 14 victims in 2019; none in 2018 were children.", "2019", "2020")).toEqual([
      "14@2019 victims_identified []"
    ]);
    expect(rows("The government identified 14 victims, one in 2019 in Sofia.", "2019", "2020")).toEqual([
      "14@2019 victims_identified []"
    ]);
  });
});

// "compared with 12 prosecutions in 2020 and none in 2019": an item of the list may name the noun again, and a zero
// after it is an item too.
describe("a list of earlier years' figures that names its noun", () => {
  it.each([
    [
      "The government initiated five prosecutions, compared with 12 prosecutions in 2019 and none in 2018.",
      ["5@2020", "12@2019", "0@2018"]
    ],
    [
      "The government did not initiate any prosecutions, compared with 12 prosecutions in 2019 and none in 2018.",
      ["0@2020", "12@2019", "0@2018"]
    ],
    [
      "Courts convicted four traffickers, compared with two traffickers in 2019 and none in 2018.",
      ["4@2020", "2@2019", "0@2018"]
    ],
    [
      "The government identified 30 victims, compared with 25 victims in 2019 and none in 2018.",
      ["30@2020", "25@2019", "0@2018"]
    ],
    ["Police investigated nine cases, up from three cases in 2019 and none in 2018.", ["9@2020", "3@2019", "0@2018"]],
    [
      "The government prosecuted six suspects, compared to four suspects in 2019 and zero in 2018.",
      ["6@2020", "4@2019", "0@2018"]
    ],
    [
      "Authorities convicted one trafficker, compared with three convicted traffickers in 2019 and none in 2018.",
      ["1@2020", "3@2019", "0@2018"]
    ],
    [
      "The government identified 14 victims, versus 11 trafficking victims in 2019 and none in 2018.",
      ["14@2020", "11@2019", "0@2018"]
    ],
    [
      "The government convicted 11 traffickers, compared with six traffickers in 2019, and none in 2018.",
      ["11@2020", "6@2019", "0@2018"]
    ],
    ["Police rescued 40 victims, compared with 22 victims in 2019 and none in 2018.", ["40@2020", "22@2019", "0@2018"]],
    [
      "Courts convicted eight traffickers, compared with five traffickers in 2019 and none during 2018.",
      ["8@2020", "5@2019", "0@2018"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // "and" and "or" open no item of their own.
    ["compared with 12 prosecutions in 2019 and none in 2018", ["12 prosecutions in 2019", "none in 2018"]],
    // Words with no figure before them are no item.
    ["compared with the number of cases in 2019", []]
  ])("%s lists %j", (text, expected) => {
    expect(comparisonItems(text).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});
