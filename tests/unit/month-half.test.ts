import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const spans = (text: string) => findPeriods(text).map((p) => `${p.period.start}..${p.period.end}`);

describe("the first or second half of a month", () => {
  it.each([
    ["during the first half of May 2017", "2017-05-01..2017-05-15"],
    ["in the second half of February 2020", "2020-02-16..2020-02-29"],
    ["the second half of February 2021", "2021-02-16..2021-02-28"],
    ["over the first half of January 2019", "2019-01-01..2019-01-15"],
    ["the second half of June, 2018", "2018-06-16..2018-06-30"],
    ["first half of September 2016", "2016-09-01..2016-09-15"],
    ["the second half of December 2022", "2022-12-16..2022-12-31"],
    ["during the first half of March 2023", "2023-03-01..2023-03-15"],
    ["in the second half of April 2015", "2015-04-16..2015-04-30"],
    ["the first half of August 2014", "2014-08-01..2014-08-15"]
  ])("%s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it("leaves halves of years alone", () => {
    expect(spans("the first half of 2017")).toEqual(["2017-01-01..2017-06-30"]);
    expect(spans("the first half of the year")).toEqual([]);
  });
});
