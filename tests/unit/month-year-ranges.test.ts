import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const spans = (text: string) => findPeriods(text).map((p) => `${p.period.start}..${p.period.end}`);

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
