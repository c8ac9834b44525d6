import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01");

describe("counts listed between semicolons share the period the last item names", () => {
  it.each([
    [
      "The ministry approved 28 617 visas; 358 permanent residence permits; 6 682 study permits and 7 706 employment permits in 2018.",
      "28617@2018 "
    ],
    [
      "The ministry approved 28 617 visas; 358 permanent residence permits; 6 682 study permits and 7 706 employment permits in 2018.",
      "358@2018 "
    ],
    ["The office issued 4,100 work permits; 2,300 residence permits; and 640 visas in 2018.", "4100@2018 "],
    ["The office issued 4,100 work permits; 2,300 residence permits; and 640 visas in 2018.", "2300@2018 "],
    ["Police arrested 212 smugglers; 65 traffickers; and 31 forgers in the first half of 2019.", "212@2019H1 "],
    ["Police arrested 212 smugglers; 65 traffickers; and 31 forgers in the first half of 2019.", "65@2019H1 "],
    ["The service deported 1,240 migrants; 310 foreign workers and 75 students in 2018.", "1240@2018 "],
    [
      "Authorities granted 900 refugee statuses; 140 subsidiary protections; about 60 humanitarian permits in 2018.",
      "900@2018 "
    ],
    ["The office issued 900 residence permits; 140 work permits; about 60 visas in 2018.", "140@2018 "],
    ["The agency registered 5,400 arrivals; 2,100 departures; 870 asylum applications during 2018.", "5400@2018 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("parts with verbs of their own, or a bracketed comparison, lend no period", () => {
  it("a comparison in a bracket after a part", () => {
    expect(
      read("The government identified 303 victims; 212 were female and 91 were male (99 and 82 in 2018).")
    ).not.toContain("303@2018 trafficking_victims_identified []");
  });
});
