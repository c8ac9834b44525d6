import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2019-03-01");

describe("a whole year set against part of a year further off stays whole", () => {
  it.each([
    [
      "The number of expulsions increased from 1,354 in 2014 to 12,177 in the first nine months of 2018.",
      "1354@2014 deportations []"
    ],
    ["Arrivals dropped from 9,100 in 2015 to 1,700 in the first half of 2018.", "9100@2015 border_crossings []"],
    ["Deportations rose from 640 in 2012 to 2,300 in the first six months of 2018.", "640@2012 deportations []"],
    [
      "Asylum applications fell from 4,500 in 2016 to 800 in the first quarter of 2018.",
      "4500@2016 asylum_applications []"
    ],
    [
      "The number of identified victims grew from 35 in 2013 to 120 in the first half of 2018.",
      "35@2013 victims_identified []"
    ],
    [
      "Work permits issued went from 3,200 in 2010 to 5,900 in the first nine months of 2018.",
      "3200@2010 work_permits_issued []"
    ],
    [
      "The number of migrants returned increased from 410 in 2016 to 2,050 in the first five months of 2018.",
      "410@2016 returns []"
    ],
    [
      "The number of migrants detained rose from 1,100 in 2015 to 3,400 in the first three months of 2018.",
      "1100@2015 detained_migrants []"
    ],
    [
      "The number of trafficking investigations increased from 12 in 2014 to 45 in the first half of 2018.",
      "12@2014 trafficking_investigations []"
    ],
    [
      "Convictions for trafficking increased from 4 in 2011 to 19 in the first nine months of 2018.",
      "4@2011 trafficking_convictions []"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("still reads the year before as the same part of it", () => {
    expect(read("Arrivals dropped from 2,100 in 2017 to 1,700 in the first half of 2018.")).toContainEqual(
      "2100@2017H1 border_crossings []"
    );
  });

  it("reads the part of the later year as its own", () => {
    expect(read("Deportations rose from 640 in 2012 to 2,300 in the first six months of 2018.")).toContainEqual(
      "2300@2018H1 deportations []"
    );
  });
});
