import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of every row of a sentence in a report on `reporting`. */
const read = (text: string, reporting = "2012") => rows(text, reporting, "2013-05-23").map((r) => r.split(" ")[0]);

// "500,000 people immigrated in the year ending September 2012, lower than the 581,000 who migrated the previous
// year": "the previous year" is the same span a year before the one the sentence named, not the calendar year before.
describe("the previous year of a span that is no calendar year", () => {
  it.each([
    [
      "500,000 people immigrated to the country in the year ending September 2012, lower than the 581,000 who migrated the previous year.",
      ["500000@2011-10-01..2012-09-30", "581000@2010-10-01..2011-09-30"]
    ],
    [
      "In the year ending September 2012, 500,000 people immigrated, compared with 581,000 in the previous year.",
      ["500000@2011-10-01..2012-09-30", "581000@2010-10-01..2011-09-30"]
    ],
    [
      "In the year to March 2013, 206,814 visas were issued, compared with 229,000 in the preceding year.",
      ["206814@2012-04-01..2013-03-31", "229000@2011-04-01..2012-03-31"]
    ],
    [
      "In the year ending June 2012, 3,100 asylum applications were lodged, against 2,800 the previous year.",
      ["3100@2011-07-01..2012-06-30", "2800@2010-07-01..2011-06-30"]
    ],
    [
      "Net migration was 153,000 in the year ending September 2012, compared with 242,000 in the previous year.",
      ["153000@2011-10-01..2012-09-30", "242000@2010-10-01..2011-09-30"]
    ],
    [
      "In the year to June 2012, 41,000 work permits were issued, up from 38,500 in the preceding year.",
      ["41000@2011-07-01..2012-06-30", "38500@2010-07-01..2011-06-30"]
    ],
    [
      "In the year ending March 2012, 1,200 people were deported, compared to 1,050 the previous year.",
      ["1200@2011-04-01..2012-03-31", "1050@2010-04-01..2011-03-31"]
    ],
    [
      "In the year ending August 2012, 59,600 migrants arrived, compared with 61,000 in the previous year.",
      ["59600@2011-09-01..2012-08-31", "61000@2010-09-01..2011-08-31"]
    ],
    [
      "In the year ending September 2012, 190,000 students arrived, compared with 246,000 in the preceding year.",
      ["190000@2011-10-01..2012-09-30", "246000@2010-10-01..2011-09-30"]
    ],
    [
      "In the year ending December 2012, 720 victims were identified, compared with 650 the previous year.",
      ["720@2012", "650@2011"]
    ],
    [
      "In the year to October 2012, 4,400 foreigners were granted residence permits, compared with 3,900 in the previous year.",
      ["4400@2011-11-01..2012-10-31", "3900@2010-11-01..2011-10-31"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A calendar year's previous year is the calendar year before.
    ["In 2012, 500 victims were identified, compared with 400 the previous year.", ["500@2012", "400@2011"]],
    // With no period named before it, the report's own year goes back a year.
    ["Some 400 victims were identified the previous year.", ["400@2011"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
