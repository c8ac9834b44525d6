import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2013", "2014").map((r) => r.replace(/ \[\]$/, ""));

describe("a population of foreigners, migrants or refugees, on the day it is counted", () => {
  it.each([
    [
      "The principality’s foreign population at 31 December 2013 officially stands at 24,992, which is an increase of 695 over last year’s figures.",
      "24992@2013-12-31 foreigners_resident"
    ],
    ["The foreign population at 31 December 2013 stood at 24,992.", "24992@2013-12-31 foreigners_resident"],
    ["At 31 December 2013, the foreign population stood at 24,992.", "24992@2013-12-31 foreigners_resident"],
    ["The foreign-born population reached 24,992 as of 31 December 2013.", "24992@2013-12-31 foreigners_resident"],
    ["The refugee population of the camp stood at 15,231 at 31 December 2013.", "15231@2013-12-31 refugees_hosted"],
    ["The migrant population was 8,400 at 30 June 2013.", "8400@2013-06-30 foreigners_resident"],
    ["The immigrant population stood at 8,400 on 30 June 2013.", "8400@2013-06-30 foreigners_resident"],
    ["Up to 600,000 refugees live there at 31 December 2013.", "600000@2013-12-31 refugees_hosted"],
    ["At 31 December 2013, 15,231 refugees lived there.", "15231@2013-12-31 refugees_hosted"],
    ["At 31 December 2013, 24,992 foreigners lived in the principality.", "24992@2013-12-31 foreigners_resident"],
    ["The number of refugees in the camp stood at 15,231 at 31 December 2013.", "15231@2013-12-31 refugees_hosted"],
    ["The number of refugees in camps stood at 15,231 on 31 December 2013.", "15231@2013-12-31 refugees_hosted"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("reads no foreigners in a state's whole population", () => {
    expect(read("This number makes up 82 per cent of the official population of 10,643.").join()).not.toMatch(
      /foreigners_resident|refugees_hosted/
    );
  });
});

describe("a change set against an earlier figure", () => {
  it("dates the level, not the comparison", () => {
    expect(read("In 2013, 812 work permits were issued, an increase of 12% over 2012.")).toContain(
      "812@2013 work_permits_issued"
    );
    expect(read("In 2013, 812 work permits were issued, a decrease of 40 on the year before.")).toContain(
      "812@2013 work_permits_issued"
    );
  });
});
