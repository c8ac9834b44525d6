import {describe, expect, it} from "vitest";
import {isCompared, nearerCount} from "../../../loaders/general/compared-period.js";
import {frameSentence, sentencePeriods} from "../../../loaders/general/resolve-period.js";
import {parseReportingPeriod} from "../../../loaders/periods/parse-period.js";

/** The label of the period the first number written as `n` takes. */
function periodOf(text: string, n: string, date: string, reporting: string | null = null): string[] {
  const frame = frameSentence(text, date, reporting ? parseReportingPeriod(reporting) : null);
  return sentencePeriods(frame, text.indexOf(n), date).map((p) => p.label);
}

describe("a clause's count and the period of its comparison", () => {
  it("reads a bare month of the item's own year, not the year of the month compared with", () => {
    const cases: [string, string, string, string, string][] = [
      [
        "In March, 2,410 applications were lodged, an increase of 14% compared to March 2018.",
        "2,410",
        "2019-04",
        "2019-03",
        "2019-03"
      ],
      ["During June, 617 people were returned, up from 502 in June 2020.", "617", "2021-07", "2021-06", "2021-06"],
      ["In October, 88 boats arrived, against 120 in October 2016.", "88", "2017-11", "2017-10", "2017-10"],
      [
        "For July, 3,090 first-time applicants were registered, compared with July 2015.",
        "3,090",
        "2016-08",
        "2016-07",
        "2016-07"
      ],
      ["In February, 45 victims were referred, down 20% from February 2022.", "45", "2023-03", "2023-02", "2023-02"],
      ["In May, 1,200 permits were issued, fewer than in May 2013.", "1,200", "2014-06", "2014-05", "2014-05"]
    ];
    for (const [text, n, date, reporting, expected] of cases)
      expect(periodOf(text, n, date, reporting)).toEqual([expected]);
  });

  it("still reads a bare month with the sentence's own year", () => {
    const labels = (text: string) =>
      frameSentence(text, "2019-02", parseReportingPeriod("2018")).periods.map((p) => p.period.label);
    expect(labels("The unit, set up in 2016, opened 40 cases in April.")).toContain("2016-04");
    expect(labels("In April, 40 cases were opened, up from 2017.")).toEqual(["2018-04", "2017"]);
  });

  it("leaves a later period to the count that opens a clause of its own nearer to it", () => {
    expect(
      periodOf(
        "Syrians filed the most claims last year with 4,112, with 960 filing this year so far.",
        "4,112",
        "2021-05-02"
      )
    ).toEqual(["2020"]);
    expect(
      periodOf("Albanians led in 2019 with 730 claims, while 415 were lodged by Georgians in 2020.", "730", "2021-03")
    ).toEqual(["2019"]);
  });

  it("keeps a period shared by a list or an 'of' count", () => {
    expect(periodOf("This compares with 45 confirmed and 33 presumed victims in 2019.", "45", "2021-06")).toEqual([
      "2019"
    ]);
    expect(periodOf("Officials approved 200 of 310 claims in 2017, and 90 of 120 in 2016.", "90", "2018-06")).toEqual([
      "2016"
    ]);
  });
});

describe("comparisons that end with their period, and periods that date another figure", () => {
  it("ends a comparison naming only a period at its comma", () => {
    expect(
      periodOf(
        "Greece recorded four times more than last year, 5,320 arrivals by sea.",
        "5,320",
        "2021-06-02",
        "2021-01..2021-05"
      )
    ).toEqual([]);
    expect(
      periodOf("Arrivals were higher than in 2019, 880 people landing in May.", "880", "2020-06", "2020-01..2020-05")
    ).toEqual(["2020-05"]);
    expect(periodOf("Returns fell compared with 2017, when 600 were returned.", "600", "2018-03")).toEqual(["2017"]);
    expect(
      periodOf("Officers held 70 people from 2 to 8 March, during which 40 were charged.", "40", "2019-03-10")
    ).toEqual(["2019-03-02..2019-03-08"]);
  });

  it("leaves a period naming a later figure to that figure", () => {
    expect(periodOf("In 2011 some 212 were expelled, close to the 2010 figure of 230.", "212", "2012-02")).toEqual([
      "2011"
    ]);
    expect(periodOf("In 2018, 95 were rescued, below last year's total of 120.", "95", "2019-02")).toEqual(["2018"]);
    expect(periodOf("Police charged 44 traffickers, above the 2016 number of 31.", "44", "2018-02", "2017")).toEqual(
      []
    );
  });
});

describe("isCompared", () => {
  it("tells a period a comparison names", () => {
    const t = "1,000 arrived in 2020, up 66% from 2019; 40 left in 2021.";
    expect(isCompared(t, t.indexOf("2019"))).toBe(true);
    expect(isCompared(t, t.indexOf("2020"))).toBe(false);
    expect(isCompared(t, t.indexOf("2021"))).toBe(false);
    const s = "120 were heard, as against the same period of 2018";
    expect(isCompared(s, s.indexOf("2018"))).toBe(true);
  });
});

describe("nearerCount", () => {
  it("needs a count opening its own clause", () => {
    const t = "Iraqis filed 2,000 in 2019, with 700 applying in 2020";
    expect(nearerCount(t, t.indexOf("2,000"), t.indexOf("2020"))).toBe(true);
    const u = "Iraqis filed 2,000 and 700 appeals in 2020";
    expect(nearerCount(u, u.indexOf("2,000"), u.indexOf("2020"))).toBe(false);
    const v = "Iraqis filed 2,000, with 30% in 2020";
    expect(nearerCount(v, v.indexOf("2,000"), v.indexOf("2020"))).toBe(false);
  });
});
