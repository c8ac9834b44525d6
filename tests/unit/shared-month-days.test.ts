import {describe, expect, it} from "vitest";
import {sharedMonthDays} from "../../loaders/general/shared-month-days.js";

const spans = (text: string, date = "2020-01-27") =>
  sharedMonthDays(text, date).map((p) => `${text.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`);

describe("spans of days sharing one month", () => {
  it.each([
    ["operations from 13 to 19 January, during which 1,687 were checked", "2020-01-27", "2020-01-13..2020-01-19"],
    ["between 3 and 9 January some 412 migrants were detained", "2020-01-27", "2020-01-03..2020-01-09"],
    ["from the 1st to the 15th of January, 88 boats landed", "2020-01-27", "2020-01-01..2020-01-15"],
    ["from 2–8 December, 57 were returned", "2019-12-20", "2019-12-02..2019-12-08"],
    ["From 20 until 26 May, 1,204 people crossed", "2021-06-02", "2021-05-20..2021-05-26"],
    // A year the span names is kept.
    ["between 3 and 9 March 2021, 640 were returned", "2022-01-01", "2021-03-03..2021-03-09"],
    ["from 1 to 30 June, 2018, 75 victims were found", "2019-01-01", "2018-06-01..2018-06-30"],
    ["from 10 to 16 October 2017 the police checked 300 persons", "2017", "2017-10-10..2017-10-16"]
  ])("%j dated %s is %s", (text, date, period) =>
    expect(spans(text, date).map((s) => s.split("=")[1])).toEqual([period])
  );

  it.each([
    ["rose from 13 to 19 cases in January"],
    ["from 19 to 13 January"],
    ["from 20 to 31 February"],
    // A span after the item's own day is of another year.
    ["from 13 to 19 March"],
    ["from 13 to 19 persons"]
  ])("%j is no span of days", (text) => expect(spans(text)).toEqual([]));
});
