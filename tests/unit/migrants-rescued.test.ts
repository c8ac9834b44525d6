import {describe, expect, it} from "vitest";
import {indicatorsOf, rows} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020-06-01");

describe("migrants rescued at sea or on the way", () => {
  it.each([
    ["In 2019, the coast guard rescued 640 migrants off the coast.", "640 migrants_rescued"],
    ["Over 1,200 migrants were rescued off the coast of Libya in 2019.", "1200 migrants_rescued"],
    ["In 2019, the navy saved 300 people at sea.", "300 migrants_rescued"],
    ["The coast guard rescued 45 women and children from a sinking boat in 2019.", "45 migrants_rescued"],
    [
      "In 2019, rescuers pulled 87 refugees from the water; the rescue of 87 refugees took hours.",
      "87 migrants_rescued"
    ],
    ["In 2019, 2,318 people were rescued in the Mediterranean.", "2318 migrants_rescued"],
    ["In 2019, the coast guard succeeded in saving more than 150 individuals.", "150 migrants_rescued"],
    ["A total of 41 migrants were rescued in the desert in 2019.", "41 migrants_rescued"],
    ["In 2019, 96 foreigners were rescued from an overloaded boat.", "96 migrants_rescued"],
    ["Some 77 nationals were rescued at sea in 2019.", "77 migrants_rescued"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("counts no rescue of trafficking victims, releases or life-saving aid", () => {
    expect(read("In 2019, police rescued 45 women from a brothel.").join()).not.toContain("migrants_rescued");
    expect(read("In 2019, police rescued 120 trafficking victims.").join()).not.toContain("migrants_rescued");
    expect(read("In 2019, the court released 30 foreigners.").join()).not.toContain("migrants_rescued");
    expect(read("In 2019, agencies provided life-saving aid to 1.8 million refugees.").join()).not.toContain(
      "migrants_rescued"
    );
  });

  it("keeps the parts of the people rescued under the whole's indicator", () => {
    expect(read("Of the 450 migrants rescued in 2019, 300 were men and 150 were children.")).toEqual([
      "450 migrants_rescued",
      "300 migrants_rescued",
      "150 migrants_rescued"
    ]);
  });
});

describe("a part of a month named with no year", () => {
  it.each([
    ["At the beginning of June, the coast guard rescued 150 people.", "150@2020-06"],
    ["The coast guard succeeded at the beginning of June in saving 150 people.", "150@2020-06"],
    ["In early June, the coast guard rescued 150 people.", "150@2020-06"],
    ["Early in June, the coast guard rescued 150 people.", "150@2020-06"],
    ["In mid-May, the coast guard rescued 150 people.", "150@2020-05"],
    ["At the start of May, the coast guard rescued 150 people.", "150@2020-05"],
    ["From the middle of April, the coast guard rescued 150 people.", "150@2020-04"]
  ])("%s", (text, row) => {
    expect(rows(text, "2020-01..2020-05", "2020-06-06").map((r) => r.split(" ")[0])).toEqual([row]);
  });

  it("leaves the end of a month to the readers of stocks", () => {
    expect(rows("At the end of June, 150 people were rescued.", "2020-01..2020-05", "2020-07-06")[0]).not.toMatch(
      /^150@2020-06 /
    );
  });
});
