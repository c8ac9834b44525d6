import {describe, expect, it} from "vitest";
import {restatesForOtherPeriod} from "../../loaders/general/read-other-period.js";
import {observations} from "./read-paragraph.js";

describe("a short sentence that restates the count before it for another period", () => {
  it.each([
    "In 2016 there were only sixty.",
    "In 2016, the number was 60.",
    "The figure for 2018 was 1,204.",
    "A year earlier it was 412.",
    "In 2015 there had been about 3,000.",
    "During 2014, the total stood at 2,115.",
    "The previous year, there were 88.",
    "Last year it was 1,020.",
    "For 2013 the figure reached 774.",
    "In 2012 they numbered fewer than 500."
  ])("%j", (text) => {
    expect(restatesForOtherPeriod(text)).toBe(true);
  });

  it.each([
    "In 2016 there were 60 victims.",
    "In 2016, the number of arrests was 60 and rising.",
    "There were only sixty.",
    "In 2016 there were only sixty, of whom 12 were children.",
    "The law of 2016 was amended."
  ])("reads no restatement in %j", (text) => {
    expect(restatesForOtherPeriod(text)).toBe(false);
  });

  it.each([
    ["In 2017, 300 migrants were arrested. In 2016 there were only sixty.", "60@2016"],
    ["In 2017, 300 migrants were arrested. The figure for 2015 was 41.", "41@2015"],
    ["In 2017, 300 migrants were arrested. The previous year, there were 88.", "88@2016"]
  ])("reads %j with the count before it", (text, expected) => {
    const rows = observations(text, "2017", "2018-01-12");
    expect(rows.map((o) => `${o.value}@${o.period.label}`)).toContain(expected);
    expect(new Set(rows.map((o) => o.indicator)).size).toBe(1);
  });
});
