import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2017", "2018-03-01");

describe("a zero under a modal verb is a norm, not a count", () => {
  it.each([
    "The Committee's position was that no person should be detained for migration reasons.",
    "No child shall be detained for reasons of migration status.",
    "No migrant may be deported without a court order.",
    "No child can be placed in immigration detention.",
    "No one should be prosecuted for offences committed as a result of trafficking.",
    "The law provides that no victim must be returned to a place of danger.",
    "Under the new rules, no shelters will be closed.",
    "The Minister said that no asylum seekers would be deported to Syria.",
    "No trafficking victims could be prosecuted for crimes committed while trafficked.",
    "The Constitution states that no foreigner might be expelled collectively.",
    "The Committee recalled that no migrant worker ought to be detained for an administrative offence."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.startsWith("0 "))).toEqual([]);
  });
});

describe("a zero stated as what happened still counts", () => {
  it.each([
    ["No victims were identified in 2017.", "0 victims_identified"],
    ["In 2017, no traffickers were convicted.", "0 trafficking_convictions"],
    ["The government reported no trafficking prosecutions in 2017.", "0 trafficking_prosecutions"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});
