import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2016", "2017-02-01");

describe("the second end of an age range whose first end names its unit is an age", () => {
  it.each([
    ["In 2016, 26 children aged between one year and 84 were deported.", "84@"],
    ["In 2016, 26 migrant children aged between one year and 84 were expelled.", "84@"],
    ["In 2016, 31 children aged from six months to 17 were returned.", "17@"],
    ["In 2016, 31 children aged from six months to 17 were deported from the country.", "17@"],
    ["In 2016, 40 victims aged between 2 years and 16 were rescued.", "16@"],
    ["In 2016, 12 minors aged between three years and 15 were repatriated.", "15@"],
    ["In 2016, 55 migrants aged between 18 years and 64 were detained.", "64@"],
    ["In 2016, 9 girls aged from 11 years to 16 were rescued.", "16@"],
    ["In 2016, 19 boys aged from ten years to 14 were returned home.", "14@"],
    ["In 2016, 70 refugees aged between one year and 90 were resettled.", "90@"],
    ["In 2016, 63 children aged between 6 years and 13 were repatriated.", "13@"]
  ])("%s", (text, notExpected) => {
    expect(read(text).some((r) => r.startsWith(notExpected))).toBe(false);
  });
});

describe("a count after an age is still a count", () => {
  it.each([
    ["In 2016, 26 children aged one year and 40 adults were returned.", "40@2016 "],
    ["In 2016, 26 children aged between one year and 84 were deported.", "26@2016 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});
