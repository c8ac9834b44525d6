import {describe, expect, it} from "vitest";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";

const spans = (text: string, state: string) =>
  findFiscalYears(text, state).map((f) => `${text.slice(f.start, f.end)} ${f.period.start}..${f.period.end}`);

describe("a part of a government year is read in that state's calendar", () => {
  it.each([
    [
      "in the first half of the 2022-23 fiscal year",
      "BGD",
      "the first half of the 2022-23 fiscal year 2022-07-01..2022-12-31"
    ],
    [
      "in the second half of the 2022-23 fiscal year",
      "BGD",
      "the second half of the 2022-23 fiscal year 2023-01-01..2023-06-30"
    ],
    [
      "in the first quarter of fiscal year 2022-23",
      "PAK",
      "the first quarter of fiscal year 2022-23 2022-07-01..2022-09-30"
    ],
    [
      "in the third quarter of the 2019/20 financial year",
      "AUS",
      "the third quarter of the 2019/20 financial year 2020-01-01..2020-03-31"
    ],
    [
      "in the last quarter of the 2021-22 fiscal year",
      "IND",
      "the last quarter of the 2021-22 fiscal year 2022-01-01..2022-03-31"
    ],
    [
      "during the first nine months of fiscal year 2022-23",
      "BGD",
      "the first nine months of fiscal year 2022-23 2022-07-01..2023-03-31"
    ],
    [
      "in the first six months of the 2020-21 fiscal year",
      "PAK",
      "the first six months of the 2020-21 fiscal year 2020-07-01..2020-12-31"
    ],
    [
      "in the first three months of the 2018-19 financial year",
      "IND",
      "the first three months of the 2018-19 financial year 2018-04-01..2018-06-30"
    ],
    [
      "in the fourth quarter of the 2016/17 fiscal year",
      "AUS",
      "the fourth quarter of the 2016/17 fiscal year 2017-04-01..2017-06-30"
    ],
    [
      "in the second quarter of the 2023-24 fiscal year",
      "BGD",
      "the second quarter of the 2023-24 fiscal year 2023-10-01..2023-12-31"
    ]
  ])("%s (%s)", (text, state, expected) => {
    expect(spans(text, state)).toEqual([expected]);
  });

  it("reads a whole year as before, a calendar-year half as such, and no part of an unknown calendar", () => {
    expect(spans("in the 2022-23 fiscal year", "BGD")).toEqual(["2022-23 fiscal year 2022-07-01..2023-06-30"]);
    expect(spans("in the first half of the 2022 fiscal year", "FRA")).toEqual([
      "the first half of the 2022 fiscal year 2022-01-01..2022-06-30"
    ]);
    expect(spans("in the first half of the 2022-23 fiscal year", "")).not.toContainEqual(
      "the first half of the 2022-23 fiscal year 2022-07-01..2022-12-31"
    );
    expect(spans("in the fifth quarter of the 2022-23 fiscal year", "BGD")).toEqual([
      "2022-23 fiscal year 2022-07-01..2023-06-30"
    ]);
  });
});
