import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017", "2018-03-01");

describe("a period opening the next coordinated clause is that clause's, not the count's before it", () => {
  it.each([
    [
      "In 2015, the number of work permits issued stood at 17,429 and the following year, the figure was 17,495.",
      "17429@2015 work_permits_issued []"
    ],
    [
      "In 2015, the number of work permits issued stood at 17,429, and the following year, the figure was 17,495.",
      "17429@2015 work_permits_issued []"
    ],
    ["In 2014, the number of deportations reached 3,100 and in 2015, it fell to 2,800.", "3100@2014 deportations []"],
    [
      "In 2015, the number of asylum applications was 1,870 while in 2016, the number was 2,450.",
      "1870@2015 asylum_applications []"
    ],
    [
      "In 2013, the number of identified victims stood at 45, but in 2014, the number rose to 60.",
      "45@2013 victims_identified []"
    ],
    [
      "In 2016, the number of residence permits issued was 9,300 and during 2017, it climbed to 10,100.",
      "9300@2016 residence_permits_issued []"
    ],
    [
      "In 2012, the number of migrants returned stood at 640 but the next year, the figure was 910.",
      "640@2012 returns []"
    ],
    [
      "In 2015, the number of trafficking convictions was 12 and the next year, the number was 19.",
      "12@2015 trafficking_convictions []"
    ],
    [
      "In 2014, the number of foreigners detained reached 2,240 and in 2015, the number reached 2,610.",
      "2240@2014 foreigners_and_stateless_persons_arrested []"
    ],
    [
      "In 2015, the number of trafficking investigations stood at 31 and in 2016, the total was 44.",
      "31@2015 trafficking_investigations []"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("gives the later clause its own period", () => {
    expect(
      read("In 2015, the number of work permits issued stood at 17,429 and the following year, the figure was 17,495.")
    ).toContainEqual("17495@2016 work_permits_issued []");
  });

  it("keeps a period right after the count as the count's", () => {
    expect(read("In the past, 1,200 work permits were issued in 2015 and 1,400 in 2016.")).toContainEqual(
      "1200@2015 work_permits_issued []"
    );
    expect(read("In 2017, 300 migrants were returned to Libya and in 2016 200.")).not.toContainEqual(
      "300@2016 returns []"
    );
  });
});
