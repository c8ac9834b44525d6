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

describe('"while" or "whereas" and a period open the next clause even with no comma after the period', () => {
  it.each([
    [
      "During the previous years, i.e., in 2020, the police registered 184 cases while in 2021 the numbers went up to 347.",
      "184@2020"
    ],
    ["The police, in 2020, registered 184 cases while in 2021 the number rose to 347.", "184@2020"],
    ["Officials said that in 2020 184 victims were identified whereas in 2021 the total was 347.", "184@2020"],
    [
      "According to the ministry, in 2015 1,870 asylum applications were lodged while in 2016 they numbered 2,450.",
      "1870@2015"
    ],
    ["Figures show that in 2014 3,100 migrants were deported while in 2015 there were 2,800.", "3100@2014"],
    ["The office, in 2016, issued 9,300 residence permits while in 2017 the figure was 10,100.", "9300@2016"],
    ["As reported by the police, in 2013 45 victims were identified whereas in 2014 this rose to 60.", "45@2013"],
    ["The agency said that in 2012 it returned 640 migrants while in 2013 their number reached 910.", "640@2012"],
    ["Courts, in 2015, convicted 12 traffickers while in 2016 the courts convicted 19.", "12@2015"],
    [
      "The service reported that during 2014 it detained 2,240 foreigners while during 2015 the number reached 2,610.",
      "2240@2014"
    ]
  ])("%s", (text, expected) => {
    expect(read(text).filter((r) => r.startsWith(expected.split("@")[0] + "@"))).toEqual([
      expect.stringMatching(new RegExp(`^${expected} `))
    ]);
  });

  it("leaves a count with no period before it to the clause's period", () => {
    expect(read("Police registered 184 cases while in 2021 it registered 347.")).toContainEqual(
      expect.stringMatching(/^184@2021 /)
    );
  });
});
