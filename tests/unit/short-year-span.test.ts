import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const labels = (text: string) => findPeriods(text).map((p) => p.period.label);

describe("a span of years whose last year keeps only its last two digits", () => {
  it.each([
    ["In 2010-13, the number of applicants was below 1000.", "2010-2013"],
    ["In 2010–13 there were 900 applicants a year.", "2010-2013"],
    ["Between 2015-18, the ministry issued 300 permits.", "2015-2018"],
    ["The 2014-19 average was 120 cases.", "2014-2019"],
    ["During 2016-20, 4,000 people applied.", "2016-2020"],
    ["in 1998-2001", "1998-2001"],
    ["in 1995-99 the figures rose", "1995-1999"],
    ["(2011-14 average: 250 a year)", "2011-2014"],
    ["the 2018-25 strategy", "2018-2025"],
    ["For 2012-15, see Table 3.", "2012-2015"]
  ])("%j", (text, label) => {
    expect(labels(text)).toContain(label);
  });

  it("reads no span from a fiscal year, a date, a code or a reversed pair", () => {
    expect(labels("In 2019-20 the office received 300 claims.")).not.toContain("2019-2020");
    expect(labels("on 2020-02-18 the office")).toEqual(["2020"]);
    expect(labels("case number 2018-45 was closed")).toEqual(["2018"]);
    expect(labels("in 2016-17 there were")).not.toContain("2016-2017");
    expect(labels("in 2015-03 there were")).toEqual(["2015"]);
  });
});
