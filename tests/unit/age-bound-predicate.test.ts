import {describe, expect, it} from "vitest";
import {ageAfter} from "../../loaders/general/read-age-range.js";
import {observations} from "./read-paragraph.js";

const ages = (text: string) => observations(text, "2016", "2017-06-27").map((o) => `${o.value} ${o.age_group ?? "-"}`);

describe("a bound on the age after a count names its age group, with or without 'aged'", () => {
  it.each([
    [" were under age 18 and almost all were female", "under 18"],
    [" were under 18.", "under 18"],
    [" under the age of 18", "under 18"],
    [" were below the age of 14", "under 14"],
    [" were over 60 years of age", "61+"],
    [" under age 16", "under 16"],
    [" were aged under 18", "under 18"],
    [" aged 15-17", "15-17"],
    [" are under 18 years old", "under 18"],
    [" was above the age of 65", "66+"]
  ])("%s", (after, expected) => {
    expect(ageAfter(after)).toBe(expected);
  });

  it.each([
    ["In 2016, police identified 419 victims, of whom 109 were under 18.", "109 under 18"],
    ["In 2016, police identified 419 victims, including 109 under the age of 18.", "109 under 18"]
  ])("sets the part's age group: %s", (text, expected) => {
    expect(ages(text)).toContain(expected);
  });

  it("reads no age where none bounds the count", () => {
    expect(ageAfter(" under an international agreement")).toBeNull();
    expect(ageAfter(" were sentenced to under 5 years")).toBeNull();
    expect(ageAfter(" under 18 months of detention")).toBeNull();
  });
});
