import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {yearBeforeDash} from "../../loaders/general/year-dash-pairs.js";

const read = (text: string) => rows(text, "2016", "2018-03-01");

describe("a figure after a year and a spaced dash is that year's", () => {
  it.each([
    [
      "In 2015, 767 people emigrated, in 2014 – 740, in 2013 – 945, and in 2012 – 1,330.",
      ["740@2014 ", "945@2013 ", "1330@2012 "]
    ],
    ["In 2016, 312 migrants were deported, in 2015 – 280 and in 2014 – 199.", ["280@2015 ", "199@2014 "]],
    ["In 2016, 95 victims were identified; in 2015 - 87, in 2014 - 60.", ["87@2015 ", "60@2014 "]],
    ["In 2016, 1,204 work permits were issued, in 2015 – 1,100.", ["1100@2015 "]],
    ["In 2016, 41 traffickers were convicted, in 2015 – 38, in 2014 – 29.", ["38@2015 ", "29@2014 "]],
    ["In 2016, 640 asylum applications were received, in 2015 – 512.", ["512@2015 "]],
    ["In 2016, 3,000 foreigners were expelled, in 2015 – 2,750, in 2014 – 2,300.", ["2750@2015 ", "2300@2014 "]]
  ])("%s", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got.some((r) => r.startsWith(e))).toBe(true);
  });

  it.each([
    ["in 2014 – 740", 10, 2014],
    ["in 2013 – 945", 10, 2013],
    ["and in 2012 – 1,330", 14, 2012],
    ["2019 - 15", 7, 2019]
  ])("%s pairs with its year", (text, start, year) => {
    expect(yearBeforeDash(text, start)?.label).toBe(String(year));
  });
});

describe("dashes that pair no figure with a year", () => {
  it.each([
    ["2012–2014", 5],
    ["2012-15", 5],
    ["12 – 15", 5],
    ["No.2014 – 7", 10]
  ])("%s", (text, start) => {
    expect(yearBeforeDash(text, start)).toBeNull();
  });

  it("a span of years stays a span", () => {
    expect(read("Between 2012 – 2014, 45 migrants were deported.")).toEqual(["45@2012-2014 deportations []"]);
  });
});
