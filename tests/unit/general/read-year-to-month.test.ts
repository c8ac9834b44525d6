import {describe, expect, it} from "vitest";
import {joinYearMonths, yearToMonth} from "../../../loaders/general/read-year-to-month.js";
import {frameSentence, sentencePeriods} from "../../../loaders/general/resolve-period.js";

const spans = (text: string, date?: string) => yearToMonth(text, date).map((p) => `${p.period.start}..${p.period.end}`);

/** The bounds the first number written as `n` takes. */
function periodOf(text: string, n: string, date: string): string[] {
  return sentencePeriods(frameSentence(text, date), text.indexOf(n), date).map((p) => `${p.start}..${p.end}`);
}

describe("yearToMonth", () => {
  it("reads a span from a year to a month of this, last or a written year", () => {
    expect(spans("between 2001 and June this year, 4,400 claims were filed", "2019-09-14")).toEqual([
      "2001-01-01..2019-06-30"
    ]);
    expect(spans("from 2012 to March last year the board heard 900 appeals", "2021-02")).toEqual([
      "2012-01-01..2020-03-31"
    ]);
    expect(spans("since 2008 until February 2016, 77 shelters opened")).toEqual(["2008-01-01..2016-02-29"]);
    expect(spans("between the years 1999 and October of this year", "2010-12")).toEqual(["1999-01-01..2010-10-31"]);
    expect(spans("from 2015 through the end of November 2018", "2019-01")).toEqual(["2015-01-01..2018-11-30"]);
  });

  it("dates a count by the whole span", () => {
    expect(
      periodOf("Applications lodged between 1996 and May this year totalled 31,900.", "31,900", "2018-07-02")
    ).toEqual(["1996-01-01..2018-05-31"]);
  });

  it("leaves spans running backwards, month ranges and undated items alone", () => {
    expect(spans("between 2019 and March this year", "2019-06")).toEqual([]);
    expect(spans("between January and March this year", "2019-06")).toEqual([]);
    expect(spans("between 2001 and June this year", undefined)).toEqual([]);
    expect(spans("from 2015 to 2018, 40 a year", "2019-06")).toEqual([]);
  });
});

describe("joinYearMonths", () => {
  it("reads a year followed by a span of its months as that span", () => {
    expect(
      periodOf("Kazakhs filed 880 last year, with 310 filing this year from February to July.", "310", "2019-09")
    ).toEqual(["2019-02-01..2019-07-31"]);
    expect(periodOf("In 2017, between April and June, 66 ships were inspected.", "66", "2018-03")).toEqual([
      "2017-04-01..2017-06-30"
    ]);
  });

  it("keeps a year and a month range of another year apart", () => {
    const found = frameSentence("In 2017 there were 80, and from March to May 2018 there were 12.", "2018-09").periods;
    expect(joinYearMonths("", found).map((p) => p.period.label)).toEqual(found.map((p) => p.period.label));
  });
});
