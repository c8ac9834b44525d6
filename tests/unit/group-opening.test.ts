import {describe, expect, it} from "vitest";
import {countryRows, rows} from "./read-paragraph.js";

/** "value@period indicator" and the citizenship of every row of a sentence in a report on 2012. */
const read = (text: string) => rows(text, "2012", "2013-05-14").map((r) => r.split(" ").slice(0, 2).join(" "));
const citizenships = (text: string) => countryRows(text, undefined, "2012", "2013-05-14");

// "Of the citizens of Estonia resident in Finland, 520 received Finnish citizenship": the people a clause opens on,
// named by who they are, are what its number counts.
describe("a group the clause opens on", () => {
  it.each([
    [
      "Of the citizens of Estonia resident in Finland, 520 received Finnish citizenship in 2012.",
      "520 Finland/Estonia"
    ],
    ["Among Syrian nationals, 4,100 were granted asylum in 2012.", "4100 -/Syria"],
    ["Of the Afghan applicants, 1,250 were granted refugee status in 2012.", "1250 -/Afghanistan"],
    ["Among Eritrean nationals, 860 were granted subsidiary protection in 2012.", "860 -/Eritrea"],
    ["Of the citizens of Russia, 2,480 received citizenship in 2012.", "2480 -/Russian Federation"],
    ["Among Ukrainian citizens, 1,120 were granted temporary protection in 2012.", "1120 -/Ukraine"],
    ["Of the Somali nationals, 610 received Finnish citizenship in 2012.", "610 -/Somalia"],
    ["Among Vietnamese nationals, 720 were deported in 2012.", "720 -/Vietnam"],
    ["Of the Iraqi applicants, 430 were granted subsidiary protection in 2012.", "430 -/Iraq"],
    ["Of the Sudanese applicants, 375 were granted refugee status in 2012.", "375 -/Sudan"]
  ])("%s", (text, expected) => {
    expect(citizenships(text)).toEqual([expected]);
  });

  // A group that only restates a count before it, or a thing rather than people, is left to the readers of parts.
  it.each([
    ["Of the passengers, 147 were detained at the centre in 2012.", "147 -/-"],
    ["Of the applications, 520 were approved in 2012.", null]
  ])("%s", (text, expected) => {
    expect(citizenships(text)).toEqual(expected ? [expected] : []);
  });

  it("counts the people with the clause's own verb", () => {
    expect(read("Among Syrian nationals, 4,100 were granted asylum in 2012.")).toEqual([
      "4100@2012 refugee_status_granted"
    ]);
  });
});
