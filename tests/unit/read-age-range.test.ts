import {describe, expect, it} from "vitest";
import {ageAfter} from "../../loaders/general/read-age-range.js";
import {observations} from "./read-paragraph.js";

describe("ages a count's predicate names", () => {
  it.each([
    [" were aged 0-14 and 24", "0-14"],
    [" aged 15-17.", "15-17"],
    [" were aged 18–25", "18-25"],
    [" was aged 12 to 15", "12-15"],
    [" are aged under 18", "under 18"],
    [" were aged below 16 years", "under 16"],
    [" aged 60 and over", "60+"],
    [" were aged over 65", "66+"],
    [" were between the ages of 10 and 14", "10-14"],
    [" aged 5-9 years old", "5-9"]
  ])("%j is %s", (after, age) => expect(ageAfter(after)).toBe(age));

  it.each([
    " were aged",
    " were identified aged 0-14",
    " aged 14-12",
    " were 15-17",
    " aged 0-14-year",
    " of whom aged"
  ])("%j names none", (after) => expect(ageAfter(after)).toBeNull());

  it("sets the part's age group, its noun elided or not", () => {
    const read = observations(
      "In 2022, 102 trafficking victims were identified. Of these, 30 were minors: six victims were aged 0-14 and 24 aged 15-17.",
      "2022",
      "2023"
    ).map((o) => `${o.value} ${o.age_group}`);
    expect(read).toContain("6 0-14");
    expect(read).toContain("24 15-17");
  });
});
