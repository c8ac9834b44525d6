import {describe, expect, it} from "vitest";
import {classifiedAs} from "../../loaders/general/read-classified-as.js";
import {observations} from "./read-paragraph.js";

describe("the class a part was put in", () => {
  it.each<[string, string]>([
    [" were classified as “criminal deportees” while 43 were", "criminal deportees"],
    [" were classified as criminal deportees.", "criminal deportees"],
    [" were categorised as high-risk cases,", "high-risk cases"],
    [" were categorized as economic migrants and", "economic migrants"],
    [" was classified as a minor offence.", "minor offence"],
    [" have been classed as non-criminal returnees;", "non-criminal returnees"],
    [" had been designated as vulnerable persons", "vulnerable persons"],
    [" were officially classified as stateless", "stateless"],
    [" were labelled as ‘overstayers’, while", "overstayers"],
    [" are labeled as priority cases)", "priority cases"],
    [" were formally classified as refugees but", "refugees"]
  ])("%j", (after, kind) => expect(classifiedAs(after)).toBe(kind));

  it.each([
    // Identified as victims is how they were found, read elsewhere.
    " were identified as victims of trafficking.",
    " were registered as asylum seekers.",
    " were classified.",
    " classified as criminal deportees were returned."
  ])("%j names no class", (after) => expect(classifiedAs(after)).toBeNull());

  it("names the part and not the part after it", () => {
    const rows = observations(
      "In 2013, 65 of the incoming deportees were classified as “criminal deportees” while 43 were refused entry.",
      "2013",
      "2014-02-01"
    ).map((o) => `${o.value} ${o.category ?? "-"}`);
    expect(rows).toContain("65 criminal deportees");
    expect(rows).not.toContain("43 criminal deportees");
  });
});
