import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";
import {asStatus, statusPredicate} from "../../../loaders/general/read-as-status.js";

/** Each observation of one paragraph as "indicator value". */
function read(text: string): string[] {
  return observe(text, "2019", "2020", (o) => `${o.indicator} ${o.value}`);
}

describe("an elided count named by the status its people were entered under", () => {
  it.each<[string, string]>([
    [
      "In 2019, 4,310 people were registered as asylum seekers and 982 as irregular migrants.",
      "irregular_migrants_detected 982"
    ],
    [
      "In 2019, 7,045 people were recorded as asylum applicants and 1,506 as illegal immigrants.",
      "irregular_migrants_detected 1506"
    ],
    [
      "In 2019, 650 persons were registered as refugees and 73 as undocumented migrants.",
      "irregular_migrants_detected 73"
    ],
    [
      "In 2019, 2,218 people were recorded as asylum seekers and 405 as irregular entrants.",
      "irregular_migrants_detected 405"
    ],
    [
      "In 2019, 3,960 people were registered as asylum applicants and 1,127 as illegal aliens, the ministry said.",
      "irregular_migrants_detected 1127"
    ],
    ["In 2019, 812 people were recorded as irregular migrants and 96 as asylum seekers.", "asylum_applications 96"],
    [
      "In 2019, 5,230 persons were recorded as illegal migrants and 317 as asylum applicants.",
      "asylum_applications 317"
    ],
    [
      "In 2019, 1,480 people were recorded as irregular immigrants and 260 as asylum seekers.",
      "asylum_applications 260"
    ],
    [
      "In 2019, 9,004 people were recorded as asylum seekers and 2,341 as irregular migrants.",
      "irregular_migrants_detected 2341"
    ],
    [
      "In 2019, 611 people were registered as asylum seekers and 58 as illegal foreigners.",
      "irregular_migrants_detected 58"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it.each<[string, boolean]>([
    [" as irregular migrants, the police said", true],
    [" as asylum seekers", true],
    [" as of 31 December", false],
    [" as part of the programme", false],
    [" as well", false]
  ])("whether %j gives a status", (after, yes) => {
    expect(asStatus(after)).toBe(yes);
  });

  it("needs the shared verb's own status to swap", () => {
    expect(statusPredicate(" were registered and ", " as illegal migrants")).toBeNull();
    expect(statusPredicate(" were registered as refugees and ", " as illegal migrants")).toBe(
      " were registered as illegal migrants"
    );
  });
});
