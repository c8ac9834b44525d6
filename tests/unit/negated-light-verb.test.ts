import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2016", "2017-06-01");

describe("a negated light verb before a counted act states a zero", () => {
  it.each([
    ["The government did not obtain any convictions during the reporting period.", "convictions"],
    ["Authorities did not report any prosecutions in 2016.", "prosecutions"],
    ["The government did not secure any trafficking convictions.", "convictions"],
    ["Prosecutors had not obtained any convictions by the end of the year.", "convictions"],
    ["The police have not recorded any trafficking investigations.", "investigations"],
    ["The ministry does not report any prosecutions of labour traffickers.", "prosecutions"],
    ["Officials did not achieve any convictions under the anti-trafficking law.", "convictions"],
    ["The unit did not conduct any investigations into forced labour.", "investigations"],
    ["Courts did not record any convictions for sex trafficking in 2016.", "convictions"],
    ["The government did not initiate any prosecutions against complicit officials.", "prosecutions"],
    ["Police did not open any investigations of trafficking.", "investigations"],
    ["The agency has not registered any trafficking cases.", "cases"]
  ])("%s", (text, noun) => {
    const zeros = read(text).filter((r) => r.startsWith("0@2016 "));
    expect(zeros).toHaveLength(1);
    expect(zeros[0]).toMatch(new RegExp(noun.replace(/s$/, "")));
  });

  it.each([
    "The ministry did not report any information on the number of victims.",
    "The government did not obtain any funding for shelters.",
    "The report did not record any details of the cases.",
    "The police did not secure any evidence."
  ])("reads no zero when nothing counted follows: %s", (text) => {
    expect(read(text).filter((r) => r.startsWith("0@"))).toEqual([]);
  });

  it("keeps the comparison after the zero", () => {
    const out = read("The government did not conduct any investigations, compared with five in 2015.");
    expect(out.some((r) => r.startsWith("0@2016 "))).toBe(true);
    expect(out.some((r) => r.startsWith("5@2015 "))).toBe(true);
  });
});
