import {describe, expect, it} from "vitest";
import {asideAfter} from "../../loaders/general/read-aside.js";
import {rows} from "./read-paragraph.js";

describe("a part set off by commas before a verb with no -ed, or before the whole's own 'who'", () => {
  it.each([
    ["In 2019, 3,200 migrants, including 400 children, left the country.", "3200@2019 emigrants []"],
    ["In 2019, 700,159 workers, including 104,786 women, went abroad.", "700159@2019 emigrants []"],
    ["In 2019, a total of 700,159 workers, including 104,786 women, who went abroad.", "700159@2019 emigrants []"],
    ["In 2019, 1,200 Syrians, among them 300 children, came to Turkey.", "1200@2019 border_crossings []"],
    ["In 2019, 2,100 people, among them 340 children, left Syria.", "2100@2019 emigrants []"],
    ["In 2019, 5,400 nationals, 900 of whom were women, left the country.", "5400@2019 emigrants []"],
    ["In 2019, 900 migrants, including 80 women, came by boat.", "900@2019 migrant_workers_entered []"],
    ["In 2019, 3,200 migrants, including 400 children, who left the country were counted.", "3200@2019 emigrants []"],
    ["In 2019, 880 workers, including 120 women, went overseas.", "880@2019 emigrants []"],
    ["In 2019, 12,000 Venezuelans, including 3,000 minors, left for Colombia.", "12000@2019 emigrants []"],
    [
      "In 2019, 45,000 workers, 9,000 of whom were women, left for jobs abroad.",
      "45000@2019 workers_departed_abroad []"
    ]
  ])("%s", (text, whole) => {
    expect(rows(text, "2019", "2020")[0].replace(/\[.*\]$/, "[]")).toBe(whole);
  });

  it("ends the aside before the verb", () => {
    expect(asideAfter("3,200 migrants, including 400 children, left the country", 14)).toBe(39);
    expect(asideAfter("3,200 migrants, including 400 children, who went abroad", 14)).toBe(39);
  });
});

describe("no aside without a verb after it", () => {
  it.each([
    "3,200 migrants, including 400 children, from Syria",
    "3,200 migrants, including 400 children, in the camps",
    "3,200 migrants, including 400 children, who in total"
  ])("%s", (text) => {
    expect(asideAfter(text, 14)).toBeNull();
  });
});
