import {describe, expect, it} from "vitest";
import {sameSpanYearBefore, yearBefore} from "../../../loaders/general/year-before.js";
import {frameSentence, sentencePeriods} from "../../../loaders/general/resolve-period.js";
import {parsePeriodLabel, parseReportingPeriod} from "../../../loaders/periods/parse-period.js";

/** The bounds the first number written as `n` takes. */
function periodOf(text: string, n: string, date: string, reporting: string | null = null): string[] {
  const frame = frameSentence(text, date, reporting ? parseReportingPeriod(reporting) : null);
  return sentencePeriods(frame, text.indexOf(n), date).map((p) => `${p.start}..${p.end}`);
}

describe("yearBefore", () => {
  it("steps back one year from the period the sentence named before it", () => {
    const cases: [string, string, string][] = [
      ["Border guards stopped 4,410 people in 2018, against 3,980 the year before.", "3,980", "2017-01-01..2017-12-31"],
      ["In May 2021 some 760 arrived by sea, compared with 512 a year earlier.", "512", "2020-05-01..2020-05-31"],
      ["In the first half of 2016, 1,205 were removed, up from 990 a year before.", "990", "2015-01-01..2015-06-30"],
      ["During 2019 the hotline took 830 calls, compared to 611 the year prior.", "611", "2018-01-01..2018-12-31"],
      ["There were 6,100 permits in 2012 and 5,870 one year earlier.", "5,870", "2011-01-01..2011-12-31"]
    ];
    for (const [text, n, expected] of cases) expect(periodOf(text, n, "2022-03")).toEqual([expected]);
  });

  it("steps back from the report's period when the sentence names none", () => {
    expect(
      periodOf("A year earlier, the number of detainees had reached 12,400.", "12,400", "2014-02", "2013")
    ).toEqual(["2012-01-01..2012-12-31"]);
    expect(periodOf("The year before, 77 victims were identified.", "77", "2020-07", "2020-01..2020-06")).toEqual([
      "2019-01-01..2019-06-30"
    ]);
  });

  it("keeps a day a stock stands on as a day", () => {
    const p = sameSpanYearBefore(parsePeriodLabel("2020-02-29/2020-02-29")!);
    expect([p.start, p.end]).toEqual(["2019-02-28", "2019-02-28"]);
    expect(sameSpanYearBefore(parsePeriodLabel("2021-02")!).end).toBe("2020-02-29");
  });

  it("leaves a year before an event, and sentences with no period to step back from, alone", () => {
    expect(yearBefore("a year before the elections, 40 were held", [], null)).toEqual([]);
    expect(yearBefore("the year before their arrival 300 applied", [], parseReportingPeriod("2019"))).toEqual([]);
    expect(yearBefore("the year before, 300 applied", [], null)).toEqual([]);
    expect(yearBefore("the centre opened a year earlier than planned", [], parseReportingPeriod("2019"))).toEqual([]);
  });
});

describe("spans of a named year and when-clauses", () => {
  it("reads a part of 'the year' in the year the sentence named before it", () => {
    expect(
      periodOf(
        "This is double the figure for 2017, when 410 claims were filed in the first nine months of the year.",
        "410",
        "2019-10"
      )
    ).toEqual(["2017-01-01..2017-09-30"]);
    expect(
      periodOf("Compared with 2010, when 58 were rescued in the first half of the year.", "58", "2012-08")
    ).toEqual(["2010-01-01..2010-06-30"]);
  });

  it("keeps the when-clause's period when the later period is not part of it", () => {
    expect(periodOf("unlike 2016, when 300 arrived, against 120 in 2015.", "300", "2018-01")).toEqual([
      "2016-01-01..2016-12-31"
    ]);
  });
});

describe("a change's own period", () => {
  it("does not give a count the period a later comparison names", () => {
    expect(periodOf("Arrivals rose by 20 per cent from the year before.", "20", "2019-05", "2019-01..2019-04")).toEqual(
      []
    );
    expect(periodOf("Arrivals rose to 2,310, up 12% from 2017.", "2,310", "2019-05")).toEqual([]);
    expect(periodOf("Claims fell from January to May by 310.", "310", "2019-06")).toEqual(["2019-01-01..2019-05-31"]);
  });
});
