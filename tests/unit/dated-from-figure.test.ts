import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator [category]" of each observation, in a report on 2020 dated 2020-06-01. */
const read = (text: string) => rows(text, "2020", "2020-06-01");

describe("the year after a 'from' figure written in words or as money dates that figure alone", () => {
  it.each([
    ["Deportations increased from two in 2017 to 190.", ["2@2017 deportations []", "190@2020 deportations []"]],
    ["Deportations rose from eight in 2018 to 41.", ["8@2018 deportations []", "41@2020 deportations []"]],
    ["Repatriations fell from twenty-five in 2018 to 12.", ["25@2018 repatriations []", "12@2020 repatriations []"]],
    ["Deportations went up from three in 2016 to 57.", ["3@2016 deportations []", "57@2020 deportations []"]],
    [
      "Remittances increased from $25 million in 2016 to $111 million.",
      ["25000000@2016 remittances []", "111000000@2020 remittances []"]
    ],
    [
      "Remittances rose from US$1.2 billion in 2015 to US$1.9 billion.",
      ["1200000000@2015 remittances []", "1900000000@2020 remittances []"]
    ],
    [
      "Remittances grew from €40 million in 2017 to €52 million.",
      ["40000000@2017 remittances []", "52000000@2020 remittances []"]
    ],
    [
      "Remittances rose from Nu 1.2bn in 2016 to Nu 1.9bn.",
      ["1200000000@2016 remittances []", "1900000000@2020 remittances []"]
    ],
    [
      "Remittances increased from $215m in 2018 to $260m.",
      ["215000000@2018 remittances []", "260000000@2020 remittances []"]
    ],
    [
      "Remittances declined from about $90 million in 2019 to $71 million.",
      ["90000000@2019 remittances []", "71000000@2020 remittances []"]
    ]
  ])("%s", (text, expected) => expect(read(text)).toEqual(expected));
});

describe("what is read as before", () => {
  it("a figure in digits keeps being dated by its own year", () => {
    expect(read("Deportations rose from 30 in 2018 to 41.")).toEqual([
      "30@2018 deportations []",
      "41@2020 deportations []"
    ]);
  });
  it("a figure after 'to' with a year of its own keeps that year", () => {
    expect(read("Deportations rose from two in 2017 to 41 in 2019.")).toEqual([
      "2@2017 deportations []",
      "41@2019 deportations []"
    ]);
  });
});
