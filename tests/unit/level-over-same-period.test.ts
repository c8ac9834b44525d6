import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** The period each figure of a sentence is read with, in an item on `reporting` dated 10 November 2021. */
const periods = (text: string, reporting = "2021") => rows(text, reporting, "2021-11-10").map((r) => r.split(" ")[0]);

describe("a level reached over the same period of another year is the item's own period's", () => {
  it.each([
    ["Remittances rose to $9.4 billion over the same period of 2020.", "2021", "9400000000@2021"],
    ["Remittances increased by 8% to $412 million over the same period of 2020.", "2021H1", "412000000@2021H1"],
    ["Total remittances grew by 1.5 per cent to $2.1 billion over the same period of 2019.", "2021", "2100000000@2021"],
    ["Remittances climbed to $730 million over the same period in 2020.", "2021Q3", "730000000@2021Q3"],
    [
      "Inflows of remittances increased to $5.2 billion over the same period of 2020, the bank said.",
      "2021",
      "5200000000@2021"
    ],
    ["Remittances rose 4% to $310 million over the same month of 2020.", "2021-08", "310000000@2021-08"],
    ["Remittances went up to $1.9 billion over the same period of 2020.", "2021", "1900000000@2021"],
    ["Remittances increased to $640 million over the same quarter of 2020.", "2021Q1", "640000000@2021Q1"],
    ["Remittances jumped by 12% to $980 million over the same period in 2019.", "2021H1", "980000000@2021H1"],
    ["Remittances rose to $150 million over the same month in 2020.", "2021-03", "150000000@2021-03"],
    ["Workers' remittances increased to $9.4 billion over the same period of 2020.", "2021", "9400000000@2021"]
  ])("%s", (text, reporting, read) => expect(periods(text, reporting)).toContain(read));

  it("keeps a period a level is reached over when no same period is named", () => {
    expect(periods("Remittances rose to $9.4 billion over the first half of 2021.")).toEqual(["9400000000@2021H1"]);
  });

  it("still dates the figure a change starts from to the period after it", () => {
    expect(periods("Remittances rose to $9.4 billion from $8 billion in the same period of 2020.")).toEqual([
      "9400000000@2021",
      "8000000000@2020"
    ]);
  });
});
