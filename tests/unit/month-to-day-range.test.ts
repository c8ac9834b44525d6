import {describe, expect, it} from "vitest";
import {parsePeriod} from "../../loaders/periods/parse-period.js";

/** The span a phrase names, as "start..end", or null. */
const span = (phrase: string) => {
  const p = parsePeriod(phrase);
  return p ? `${p.start}..${p.end}` : null;
};

describe("a span from a whole month to a day", () => {
  it.each([
    ["November 2017 – 31 August 2019", "2017-11-01..2019-08-31"],
    ["November 2017 - 31 August 2019", "2017-11-01..2019-08-31"],
    ["November 2017—31 August 2019", "2017-11-01..2019-08-31"],
    ["from November 2017 to 31 August 2019", "2017-11-01..2019-08-31"],
    ["from March 2020 to 15 May 2021", "2020-03-01..2021-05-15"],
    ["between March 2020 and 15 May 2021", "2020-03-01..2021-05-15"],
    ["from January 2019 until 30 June 2019", "2019-01-01..2019-06-30"],
    ["from January 2019 through 30 June 2019", "2019-01-01..2019-06-30"],
    ["from September 2018 to 31 March 2019", "2018-09-01..2019-03-31"],
    ["October, 2016 – 28 February 2017", "2016-10-01..2017-02-28"]
  ])("%s", (phrase, expected) => {
    expect(span(phrase)).toBe(expected);
  });

  it("names no span from a month to a day that does not exist or comes before it", () => {
    expect(span("November 2017 – 31 February 2019") ?? "").not.toMatch(/^2017-11-01\.\./);
    expect(span("from August 2019 to 1 March 2019") ?? "").not.toMatch(/^2019-08-01\.\./);
  });

  it("still reads day-to-day and month-to-month spans", () => {
    expect(span("from 1 November 2017 to 31 August 2019")).toBe("2017-11-01..2019-08-31");
    expect(span("from November 2017 to August 2019")).toBe("2017-11-01..2019-08-31");
  });
});
