import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

describe("a level the subject's noun counts, followed by its source", () => {
  it.each([
    ["The number of asylum applications in 2019 was 7,254 according to the ministry.", "7254@2019 asylum_applications"],
    ["The number of deportations in 2019 was 7,254 according to official figures.", "7254@2019 deportations"],
    ["The number of work permits issued in 2019 was 7,254 according to the agency.", "7254@2019 work_permits_issued"],
    ["The number of deportations in 2019 reached 7,254 according to police data.", "7254@2019 deportations"],
    ["The number of identified victims in 2019 stood at 254 according to the report.", "254@2019 victims_identified"],
    ["In 2019 the number of asylum applications was 7,254 according to Eurostat.", "7254@2019 asylum_applications"],
    ["The number of deportations in 2019 was 7,254 according to the statistics office.", "7254@2019 deportations"],
    ["The number of removals in 2019 was 7,254 according to the ministry.", "7254@2019 deportations"],
    ["The number of refugees resettled in 2019 was 7,254 according to UNHCR.", "7254@2019 refugees_resettled"],
    ["The number of deportations in 2019 totalled 7,254 according to the border service.", "7254@2019 deportations"]
  ])("%s", (text, row) => {
    expect(rows(text, "2019", "2020").map((r) => r.replace(/ \[.*$/, ""))).toContain(row);
  });

  it("keeps the period the subject names", () => {
    expect(rows("The number of deportations in 2018 was 6,000 according to the ministry.", "2019", "2020")).toEqual([
      "6000@2018 deportations []"
    ]);
  });

  it("leaves a number with a noun of its own after it to that noun", () => {
    expect(rows("The number of cases in 2019 was 12 according to the court.", "2019", "2020")).not.toContain(
      "12@2019 deportations []"
    );
    expect(rows("In 2019, 7,254 according to the ministry.", "2019", "2020")).toEqual([]);
  });
});

describe("a level the subject's noun counts, followed by another count 'with' it", () => {
  it.each([
    "The number of deportations reached 338 with 16 flights.",
    "The number of deportations rose to 338 with 16 charter flights.",
    "The number of asylum applications increased to 338 with 16 from minors.",
    "The number of victims identified rose to 338 with 16 children among them.",
    "The number of work permits issued grew to 338 with 16 employers.",
    "The number of refugees resettled reached 338 with 16 families.",
    "The number of deportations increased to 338 with about 16 escorts.",
    "The number of expulsions reached 338 with 16 appeals.",
    "The number of removals rose to 338 with some 16 cases pending.",
    "The number of deportations reached 338 with over 16 nationalities."
  ])("%s", (text) => {
    expect(rows(text, "2019", "2020").some((r) => r.startsWith("338@"))).toBe(true);
  });
});
