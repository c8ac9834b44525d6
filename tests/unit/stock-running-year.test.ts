import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

describe("a stock after a sentence on a year still running when the document is dated stands on that date", () => {
  it.each([
    [
      "In 2017, the Government expects significant returns. There are more than 5 million Syrian refugees hosted in the region.",
      ["5000000@2017-06-30 refugees_hosted []"]
    ],
    [
      "In 2017, returns are expected to increase. There are around 6.3 million IDPs in Syria.",
      ["6300000@2017-06-30 idps_present [internally displaced persons]"]
    ],
    [
      "In 2017, the camp received new arrivals. The camp hosts 15,231 refugees.",
      ["15231@2017-06-30 refugees_hosted []"]
    ],
    [
      "In 2017, UNHCR scaled up its response. Lebanon is home to 1.5 million refugees.",
      ["1500000@2017-06-30 refugees_hosted []"]
    ],
    [
      "In 2017, the situation remained tense. Some 216,000 Eritrean refugees live in Ethiopia.",
      ["216000@2017-06-30 refugees_hosted []"]
    ],
    [
      "In 2017, the Government reviewed its policy. The foreign population stands at 24,992.",
      ["24992@2017-06-30 foreigners_resident []"]
    ],
    [
      "In 2017, the ministry opened two offices. About 12,000 foreigners reside in the country.",
      ["12000@2017-06-30 foreigners_resident []"]
    ],
    ["In 2017, funding fell short. The country hosts 420,000 refugees.", ["420000@2017-06-30 refugees_hosted []"]],
    [
      "In 2017, new camps opened. There are 3,120 Afghan refugees in the province.",
      ["3120@2017-06-30 refugees_hosted []"]
    ],
    [
      "In 2017, talks continued. The number of refugees in the camps stood at 52,310.",
      ["52310@2017-06-30 refugees_hosted []"]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2017-01..2017-06", "2017-06-30")).toEqual(expected);
  });

  it("keeps the year of a sentence on a year that ended before the document's date", () => {
    expect(
      rows(
        "In 2016, the Government expected returns. There are more than 5 million Syrian refugees hosted in the region.",
        "2017-01..2017-06",
        "2017-06-30"
      )
    ).not.toContainEqual("5000000@2017-06-30 refugees_hosted []");
  });

  it("dates a flow by the running year still", () => {
    expect(
      rows("In 2017, returns increased. Some 31,226 refugees returned to Syria.", "2017-01..2017-06", "2017-06-30")
    ).toEqual(["31226@2017 returns []"]);
  });
});
