import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const labels = (text: string) => findPeriods(text).map((p) => `${p.period.start}..${p.period.end}`);

describe("a span of months written 'between <month> and <month> <year>'", () => {
  it.each([
    ["between January and October 2013", "2013-01-01..2013-10-31"],
    ["between March and June 2019", "2019-03-01..2019-06-30"],
    ["received between February and April, 2021", "2021-02-01..2021-04-30"],
    ["between July and December of 2016", "2016-07-01..2016-12-31"],
    ["Between January and March 2020, 412 were returned", "2020-01-01..2020-03-31"],
    ["between May and August 2018", "2018-05-01..2018-08-31"],
    ["between April and September 2022", "2022-04-01..2022-09-30"],
    ["between January and November 2015", "2015-01-01..2015-11-30"],
    ["deported between June and July 2017", "2017-06-01..2017-07-31"],
    ["between October and December 2014", "2014-10-01..2014-12-31"]
  ])("%s", (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it("leaves years, single months and ages alone", () => {
    expect(labels("between 2015 and 2019")).toEqual(["2015-01-01..2019-12-31"]);
    expect(labels("in March 2019")).toEqual(["2019-03-01..2019-03-31"]);
    expect(labels("between the ages of 18 and 25")).toEqual([]);
  });
});
