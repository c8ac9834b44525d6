import {describe, expect, it} from "vitest";
import {wholeYear} from "../../loaders/general/read-whole-year.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-02-15").map((r) => r.split(" ").slice(0, 1).join(" "));

// "in the fourth quarter of 2017 was 1,388, with 4,118 arrivals for the year": the count is the whole year's.
describe("a count said to be for the year", () => {
  it.each([
    [
      "The estimated number of passenger arrivals in the fourth quarter of 2017 was 1,388, with 4,118 arrivals for the year.",
      ["1388@2017Q4", "4118@2017"]
    ],
    [
      "In the first half of 2019, 1,200 work permits were issued, and 2,300 for the whole year.",
      ["1200@2019H1", "2300@2019"]
    ],
    ["In March 2018, 40 victims were identified, and 310 victims for the year.", ["40@2018-03", "310@2018"]],
    [
      "In the third quarter of 2016, 950 people departed, with 3,884 departures for the full year.",
      ["950@2016Q3", "3884@2016"]
    ],
    [
      "In the second quarter of 2015, 75 asylum applications were lodged, and 280 for the entire year.",
      ["75@2015Q2", "280@2015"]
    ],
    [
      "In December 2014, 12 migrants were deported, bringing deportations to 140 for the year.",
      ["12@2014-12", "140@2014"]
    ],
    [
      "In the first quarter of 2013, 500 residence permits were issued, with 2,100 permits over the full year.",
      ["500@2013Q1", "2100@2013"]
    ],
    ["In June 2012, police arrested 30 smugglers, and 210 smugglers for the whole year.", ["30@2012-06", "210@2012"]],
    [
      "In the fourth quarter of 2011, 64 victims were identified, with 201 victims for the year as a whole.",
      ["64@2011Q4", "201@2011"]
    ],
    ["In the first half of 2010, 800 work permits were issued, and 1,700 for the year.", ["800@2010H1", "1700@2010"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("words of a year that say no more than that", () => {
  it("keeps a year ending in another month, a year already whole and a count with no such words", () => {
    const q = parsePeriodLabel("2017Q4")!;
    expect(wholeYear(" arrivals for the year ending March 2018.", q)).toBeNull();
    expect(wholeYear(" arrivals for the year 2017.", q)).toBeNull();
    expect(wholeYear(" arrivals for the year.", parsePeriodLabel("2017")!)).toBeNull();
    expect(wholeYear(" arrivals in the quarter.", q)).toBeNull();
    expect(wholeYear(" arrivals, 900 of them for the year.", q)).toBeNull();
    expect(wholeYear(" arrivals for the year.", q)?.label).toBe("2017");
  });

  it("reads no part from the stretch of time a figure is for", () => {
    expect(
      rows("In the first half of 2019, 1,200 work permits were issued, and 2,300 for the whole year.", "2019", "2020")
    ).toEqual(["1200@2019H1 work_permits_issued []", "2300@2019 work_permits_issued []"]);
  });
});
