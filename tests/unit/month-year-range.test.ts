import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";
import {frameSentence, sentencePeriods} from "../../loaders/general/resolve-period.js";

const spans = (text: string) => findPeriods(text).map((p) => `${p.period.start}..${p.period.end}`);
const periodOf = (sentence: string, n: string) =>
  sentencePeriods(frameSentence(sentence, "2022-07-23"), sentence.indexOf(n), undefined).map(
    (p) => `${p.start}..${p.end}`
  );

describe("a span of months across years", () => {
  it.each([
    ["between June 2020 and December 2021", "2020-06-01..2021-12-31"],
    ["from October 2019 to March 2020", "2019-10-01..2020-03-31"],
    ["from July 2017 until June 2018", "2017-07-01..2018-06-30"],
    ["between September, 2015 and February, 2016", "2015-09-01..2016-02-29"],
    ["from November 2021 through April 2022", "2021-11-01..2022-04-30"],
    ["between January 2019 and March 2021", "2019-01-01..2021-03-31"],
    ["from May 2014 to May 2015", "2014-05-01..2015-05-31"],
    ["between December 2010 and January 2011", "2010-12-01..2011-01-31"],
    ["from August 2008 till July 2009", "2008-08-01..2009-07-31"],
    ["between April 2022 and June 2023", "2022-04-01..2023-06-30"]
  ])("reads %s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it("reads no span running backwards", () => {
    expect(spans("between June 2020 and May 2019").some((s) => s === "2020-06-01..2019-05-31")).toBe(false);
  });
});

describe("a span of days with the month written first", () => {
  it.each([
    ["between January 1, 2020 and June 30, 2022", "2020-01-01..2022-06-30"],
    ["between January 1st and April 15th 2019", "2019-01-01..2019-04-15"],
    ["from March 15th to April 15th 2020", "2020-03-15..2020-04-15"],
    ["from May 1, 2018 until April 30, 2019", "2018-05-01..2019-04-30"],
    ["between July 4 and August 31, 2021", "2021-07-04..2021-08-31"],
    ["from February 1 through February 28, 2023", "2023-02-01..2023-02-28"],
    ["between October 10th, 2016 and March 3rd, 2017", "2016-10-10..2017-03-03"],
    ["from September 1 to December 31, 2015", "2015-09-01..2015-12-31"],
    ["between June 2 and June 9, 2022", "2022-06-02..2022-06-09"],
    ["from November 15, 2019 till January 15, 2020", "2019-11-15..2020-01-15"]
  ])("reads %s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it("reads no day that does not exist", () => {
    expect(spans("between February 30, 2020 and March 5, 2020").some((s) => s.startsWith("2020-02-30"))).toBe(false);
  });
});

describe("a count from a number of countries", () => {
  it("is no comparison opening at from", () => {
    const s = "A total of 423,559 Indians returned from 14 countries between June 2020 and December 2021.";
    expect(periodOf(s, "423,559")).toEqual(["2020-06-01..2021-12-31"]);
    expect(periodOf(s, "14 countries")).toEqual(["2020-06-01..2021-12-31"]);
  });

  it("keeps a change from one number to another a comparison", () => {
    const s = "The number of applicants fell from 131 in 2016 to 17 in 2017.";
    expect(frameSentence(s, "2017-07-23").comparisons.length).toBeGreaterThan(0);
  });
});

describe("a span between two months of different years", () => {
  it("runs from the first month's first day to the last month's last day", () => {
    expect(spans("423,559 returned between June 2020 and December 2021")).toEqual(["2020-06-01..2021-12-31"]);
    expect(spans("from March 2019 to February 2020, 88 were deported")).toEqual(["2019-03-01..2020-02-29"]);
    expect(spans("in October 2017–January 2018 the police caught 310")).toEqual(["2017-10-01..2018-01-31"]);
    expect(spans("from July, 2015 through June, 2016 there were 72 cases")).toEqual(["2015-07-01..2016-06-30"]);
    expect(spans("between September 2021 and March 2022, 14,000 permits")).toEqual(["2021-09-01..2022-03-31"]);
    expect(spans("from November 2018 until April 2019, 640 arrived")).toEqual(["2018-11-01..2019-04-30"]);
    expect(spans("between January 2010 and December 2012 some 4,500 applied")).toEqual(["2010-01-01..2012-12-31"]);
    expect(spans("in May 2020-May 2021, 19 victims")).toEqual(["2020-05-01..2021-05-31"]);
  });

  it("reads a month-first day range to the day", () => {
    expect(spans("issued between January 1, 2020 and June 30, 2022")).toEqual(["2020-01-01..2022-06-30"]);
    expect(spans("from March 1 to June 30, 2021, 40 were returned")).toEqual(["2021-03-01..2021-06-30"]);
    expect(spans("between August 15, 2021 and May 31, 2022, 120,000 were evacuated")).toEqual([
      "2021-08-15..2022-05-31"
    ]);
  });

  it("leaves two months of which one is named alone, and a backward span", () => {
    expect(spans("in March 2019 and December 2021 the office said")).toEqual([
      "2019-03-01..2019-03-31",
      "2021-12-01..2021-12-31"
    ]);
    expect(spans("between June 2021 and December 2020")).not.toContain("2021-06-01..2020-12-31");
  });
});
