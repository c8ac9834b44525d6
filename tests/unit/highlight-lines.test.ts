import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A monthly release: its highlight lines stand between blank lines, one figure a line.
const read = (...lines: string[]) =>
  rows(["Return update for June 2018.", ...lines].join("\n\n"), "2018-06", "2018-07-02");

describe("a release's highlight lines, one figure a line between blank lines, are sentences of their own", () => {
  it.each([
    [
      ["1,235 undocumented Afghans returned from Pakistan", "17,007 total returns from Pakistan since 01 Jan 2018"],
      "1235@2018-06 returns []"
    ],
    [
      ["13,993 undocumented Afghans returned from Iran", "362,499 total returns from Iran since 01 Jan 2018"],
      "13993@2018-06 returns []"
    ],
    [
      ["5,846 migrants deported from Iran", "41,388 migrants deported since 01 Jan 2018"],
      "5846@2018-06 deportations []"
    ],
    [
      ["412 asylum applications lodged", "9,300 asylum applications lodged since 01 Jan 2018"],
      "412@2018-06 asylum_applications []"
    ],
    [
      ["220 migrants returned from Libya", "4,100 migrants returned from Libya since 01 Jan 2018"],
      "220@2018-06 returns []"
    ],
    [
      ["38 victims of trafficking identified", "610 victims of trafficking identified since 01 Jan 2018"],
      "38@2018-06 trafficking_victims_identified []"
    ],
    [["96 migrants detained", "2,410 migrants detained since 01 Jan 2018"], "96@2018-06 detained_migrants []"],
    [["1,904 refugees arrived", "31,200 refugees arrived since 01 Jan 2018"], "1904@2018-06 border_crossings []"],
    [["75 work permits issued", "1,120 work permits issued since 01 Jan 2018"], "75@2018-06 work_permits_issued []"],
    [
      ["90% of returnees from Pakistan (1,109 individuals) assisted", "17,007 total returns since 01 Jan 2018"],
      "1109@2018-06 persons_assisted []"
    ]
  ])("%s", (lines, expected) => {
    expect(read(...lines)).toContainEqual(expected);
  });

  it("joins a line that ends on a word needing the next", () => {
    // The running total of a release on June, issued on 2 July, runs to the end of June.
    expect(read("1,235 undocumented Afghans returned from", "Pakistan since 01 Jan 2018")).toContainEqual(
      "1235@2018H1 returns []"
    );
  });

  it("joins the lines of a double-spaced paragraph", () => {
    expect(
      read("236. Decisions were made on 382 foreigners according to Article", "575.1.4 of the Code since 01 Jan 2018.")
    ).not.toContainEqual("382@2018-06 foreigners_and_stateless_persons_decided []");
  });
});
