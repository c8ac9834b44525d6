import {describe, expect, it} from "vitest";
import {readYearRows} from "../../loaders/general/read-year-rows.js";

const TABLE = `Year Total enforced returns (1) of which: Total enforced removals (2) Total voluntary returns (3)
2015 13,690 12,111 28,189
2016 12,193 10,706 24,202
Change: latest year -1,497 -1,405 -3,987
`;

describe("readYearRows", () => {
  it("reads each cell of a year row as that year's figure, named after its column", () => {
    const cells = readYearRows(TABLE, 0, TABLE.length);
    expect(cells.map((c) => `${c.period.label}:${c.value}:${c.label}`)).toEqual([
      "2015:13690:Total enforced returns",
      "2015:12111:Total enforced removals",
      "2015:28189:Total voluntary returns",
      "2016:12193:Total enforced returns",
      "2016:10706:Total enforced removals",
      "2016:24202:Total voluntary returns"
    ]);
    const first = cells[0];
    expect(TABLE.slice(first.start, first.end)).toBe("13,690");
  });

  it("leaves columns unnamed when the header cannot be split into as many labels", () => {
    const text = "Figures by year\n2015 13,690 12,111\n2016 12,193 10,706\n";
    expect(readYearRows(text, 0, text.length).map((c) => c.label)).toEqual([null, null, null, null]);
  });

  it.each([
    ["a sentence that opens with a year", "2016 was a year of change, with 12 cases.\n"],
    ["a single year row", "Year Total\n2016 12,193 10,706\n"],
    ["space-grouped thousands, which cannot be split", "2015 13 690 12 111\n2016 12 193 10 706\n"],
    ["change rows", "Change -1,497 -1,405\nPercentage change -11% -12%\n"]
  ])("reads nothing from %s", (_, text) => {
    expect(readYearRows(text, 0, text.length)).toEqual([]);
  });
});
