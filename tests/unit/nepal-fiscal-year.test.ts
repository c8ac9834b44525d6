import {describe, expect, it} from "vitest";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";

/** The Nepali government years a sentence names, as "words=start..end". */
const years = (sentence: string) =>
  findFiscalYears(sentence, "NPL", "2018-08-28").map(
    (p) => `${sentence.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`
  );

// Nepal's fiscal year runs from 1 Shrawan to the end of Ashar: 16 July to 15 July in most years.
describe("a Nepali fiscal year", () => {
  it.each([
    ["In FY 2016-17, 119,601 workers received permits.", "FY 2016-17=2016-07-16..2017-07-15"],
    ["In FY 2017-18, 80,363 workers renewed permits.", "FY 2017-18=2017-07-16..2018-07-15"],
    ["In fiscal year 2015/16, 12 cases were filed.", "fiscal year 2015/16=2015-07-16..2016-07-15"],
    ["During the 2016-2017 fiscal year, NPR 25 million was spent.", "2016-2017 fiscal year=2016-07-16..2017-07-15"],
    ["In FY 2014/15, 512,887 permits were issued.", "FY 2014/15=2014-07-16..2015-07-15"],
    ["In FY 2013-14, 527,814 workers left.", "FY 2013-14=2013-07-16..2014-07-15"],
    ["The fiscal year 2018/19 saw 236,208 permits.", "fiscal year 2018/19=2018-07-16..2019-07-15"],
    ["In FY 2012-13, 450,889 permits were issued.", "FY 2012-13=2012-07-16..2013-07-15"],
    ["In the 2019-20 fiscal year, 190,453 left.", "2019-20 fiscal year=2019-07-16..2020-07-15"],
    ["In FY 2020/21, 72,081 permits were issued.", "FY 2020/21=2020-07-16..2021-07-15"]
  ])("%s", (sentence, expected) => {
    expect(years(sentence)).toEqual([expected]);
  });

  it.each(["In 2016, 119,601 workers received permits.", "In July 2017, 80,363 workers renewed permits."])(
    "%s names no fiscal year",
    (sentence) => {
      expect(years(sentence)).toEqual([]);
    }
  );
});
