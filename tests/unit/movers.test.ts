import {describe, expect, it} from "vitest";
import {countsMovers} from "../../loaders/general/read-mover.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-03-01").map((r) => r.split(" ").slice(0, 2).join(" "));

// "Around 3,760 left in the first quarter of 2017": a bare count that opens its clause as the subject of a verb of
// moving counts the people who moved.
describe("a bare count that moved in or out", () => {
  it.each([
    [
      "Around 3,760 left in the first quarter of 2017, compared with 3,349 in the first quarter of 2018.",
      ["3760@2017Q1 emigrants", "3349@2018Q1 emigrants"]
    ],
    [
      "While just under 14,000 left, a net migration of 274 people resulted in the rise.",
      ["14000@2021 emigrants", "274@2021 net_migration"]
    ],
    ["In 2020, 2,500 moved out of the country.", ["2500@2020 emigrants"]],
    ["In 2016, 520 moved away from the islands.", ["520@2016 emigrants"]],
    ["During 2018, 1,100 departed for the mainland.", ["1100@2018 emigrants"]],
    ["In 2018, 3,100 left the island, while 3,400 arrived.", ["3100@2018 emigrants", "3400@2018 border_crossings"]],
    ["Over 2,000 came to the island in 2018.", ["2000@2018 border_crossings"]],
    ["In 2019 some 1,250 left the country.", ["1250@2019 emigrants"]],
    ["In the first quarter of 2020, 940 left during the lockdown.", ["940@2020Q1 emigrants"]],
    ["In 2015, about 700 arrived from the mainland.", ["700@2015 border_crossings"]],
    ["Last year 4,800 moved out, and 5,100 moved in.", ["4800@2021 emigrants"]]
  ])("%s", (text, expected) => {
    expect(read(text).slice(0, expected.length)).toEqual(expected);
  });

  it("reads a second mover after a first count of people", () => {
    expect(read("In April 2021, 111 people moved to the country and 57 moved out of the country.")).toEqual([
      "111@2021-04 border_crossings",
      "57@2021-04 border_crossings"
    ]);
  });
});

describe("bare counts that did not move", () => {
  it.each([
    "17.2 million came from Switzerland in the first quarter of 2021.",
    "Only 5 left in the centre.",
    "Some 650 relocated to the capital in 2020.",
    "In 2019, 300 left unused."
  ])("%s", (text) => {
    expect(read(text).filter((r) => /emigrants|border_crossings/.test(r))).toEqual([]);
  });

  it("needs the count to open its clause and a verb of moving after it", () => {
    expect(countsMovers("In 2020, ", " moved out of the country.")).toBe(true);
    expect(countsMovers("with just over ", " coming to the island")).toBe(true);
    expect(countsMovers("Only ", " left in the centre.")).toBe(false);
    expect(countsMovers("In 2020, ", " left unused.")).toBe(false);
    expect(countsMovers("In 2020, ", " came from Switzerland")).toBe(false);
  });
});
