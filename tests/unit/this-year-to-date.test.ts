import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// An item dated 9 May 2016 whose sidecar says it reports the year up to that day.
const read = (text: string) => rows(text, "2016-01-01/2016-05-09", "2016-05-09");

describe("this year, in an item reporting the year up to its own date, is the year so far", () => {
  it.each([
    ["Poland received 4,000 applications this year.", "4000@2016-01-01..2016-05-09"],
    ["This year, 1,200 asylum seekers arrived.", "1200@2016-01-01..2016-05-09"],
    ["Some 38 people were granted refugee status this year.", "38@2016-01-01..2016-05-09"],
    ["The police identified 14 victims of trafficking this year.", "14@2016-01-01..2016-05-09"],
    ["This year, 310 foreigners were deported.", "310@2016-01-01..2016-05-09"],
    ["Most applications were filed this year by citizens of Russia (2,600).", "2600@2016-01-01..2016-05-09"],
    ["This year 3,300 applications were rejected.", "3300@2016-01-01..2016-05-09"],
    ["The Office issued 5,400 residence permits this year.", "5400@2016-01-01..2016-05-09"],
    ["So far this year, 72 smugglers were arrested.", "72@2016-01-01..2016-05-09"],
    ["In the current year, 640 work permits were issued.", "640@2016-01-01..2016-05-09"]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(`${expected} `))).toBe(true);
  });
});

describe("other years keep their own periods", () => {
  it.each([
    ["Poland received 4,000 applications last year.", "4000@2015 "],
    ["In 2014, 900 foreigners were deported.", "900@2014 "],
    ["In January this year, 300 applications were received.", "300@2016-01 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });

  it("reads a whole year in a report on that year", () => {
    expect(rows("Poland received 4,000 applications this year.", "2016", "2016-12-31")).toEqual([
      "4000@2016 applications_applied []"
    ]);
  });
});
