import {describe, expect, it} from "vitest";
import {countsPeopleObject} from "../../loaders/general/read-people-object.js";
import {rows} from "./read-paragraph.js";

// "the government has repatriated 11,303 to their home countries": a bare number a verb of people takes as its object
// counts people, though no noun follows it.
describe("a bare count taken as object by a verb of people", () => {
  it.each([
    [
      "From Jan 1 to March 31, the government has repatriated 11,303 to their home countries.",
      "11303",
      "repatriations"
    ],
    ["In 2023 the ministry repatriated 512 from Libya.", "512", "repatriations"],
    ["In 2023 the authorities deported 1,200 to Afghanistan.", "1200", "deportations"],
    ["In 2023 the authorities forcibly deported 1,200 to Afghanistan.", "1200", "deportations"],
    ["In 2023 the authorities deported some 1,200 to Afghanistan.", "1200", "deportations"],
    ["In 2023 police arrested 45 in a series of raids.", "45", "persons_arrested"],
    ["In 2023 immigration officers detained 310 at the airport.", "310", "detained_migrants"],
    ["In 2023 the navy rescued 300 off the coast.", "300", "migrants_rescued"],
    ["In 2023 the coast guard intercepted 2,150 at sea.", "2150", "migrants_intercepted"],
    ["In 2023 the state expelled 87, most of them to Niger.", "87", "deportations"],
    ["In 2023 Malaysia sent back 4,500 to Indonesia.", "4500", "returns"],
    ["In 2023 police apprehended 1,020 along the northern coast.", "1020", "persons_arrested"],
    ["In 2023 the government has so far repatriated more than 2,000 since January.", "2000", "repatriations"]
  ])("%s", (sentence, value, indicator) => {
    const read = rows(sentence, "2023", "2024-02-01");
    expect(read.map((r) => r.split(" ")[0].split("@")[0])).toEqual([value]);
    expect(read[0].split(" ")[1]).toBe(indicator);
  });

  it.each([
    // A passive has no object: the number is how often.
    "In 2023 they were deported 3 times.",
    // "of them" makes the number a part of people named elsewhere, not people of its own.
    "In 2023 the ministry repatriated 300 of them.",
    // A verb that also counts cases or goods leaves a bare number unread.
    "In 2023 the ministry identified 34 in the capital.",
    "In 2023 the ministry recorded 1,200 at the border.",
    // A noun the reader does not know after the number is what is counted, not people.
    "In 2023 the authorities deported 1,200 tonnes of goods."
  ])("%s is no count of people", (sentence) => {
    expect(
      rows(sentence, "2023", "2024-02-01").filter((r) => / (?:deportations|repatriations|persons_\w+) /.test(r))
    ).toEqual([]);
  });

  it.each([
    ["the government has repatriated ", " to their home countries.", true],
    ["police forcibly deported ", ".", true],
    ["they deported approximately ", " from Libya", true],
    ["authorities arrested ", ", most of them", true],
    ["they were deported ", " times", false],
    ["they deported ", " of them", false],
    ["they deported ", " tonnes", false],
    ["the ministry received ", " from Libya", false],
    ["who had been detained ", " in March", false]
  ])("countsPeopleObject(%j, %j) is %s", (before, after, expected) => {
    expect(countsPeopleObject(before, after)).toBe(expected);
  });
});
