import {describe, expect, it} from "vitest";
import {nepaliMonths} from "../../../loaders/periods/nepali-month.js";
import {findFiscalYears} from "../../../loaders/periods/fiscal-year.js";
import {frameSentence, sentencePeriods} from "../../../loaders/general/resolve-period.js";

const spans = (text: string, date?: string) =>
  nepaliMonths(text, findFiscalYears(text, "NPL", date), date).map((p) => `${p.period.start}..${p.period.end}`);

describe("nepaliMonths", () => {
  it("dates a month by the government year named after it", () => {
    expect(spans("up from 41,200 in Bhadra of the previous fiscal year", "2022-09-20")).toEqual([
      "2021-08-15..2021-09-14"
    ]);
    expect(spans("compared with 3,100 in Poush of fiscal year 2019/20", "2021-01")).toEqual(["2019-12-15..2020-01-14"]);
    expect(spans("in Asar of the last fiscal year 7,700 left", "2020-09")).toEqual(["2020-06-15..2020-07-14"]);
    expect(spans("during Chaitra of FY 2017/18, 2,050 permits", "2019-05")).toEqual(["2018-03-15..2018-04-14"]);
  });

  it("dates a month named alone by the latest such month begun by the item's date", () => {
    expect(spans("Some 48,900 workers left in Kartik.", "2021-11-20")).toEqual(["2021-10-15..2021-11-14"]);
    expect(spans("In Magh, 70,100 permits were issued.", "2024-02")).toEqual(["2024-01-15..2024-02-14"]);
    expect(spans("In Baisakh, 61,000 left for jobs abroad.", "2023-04-10")).toEqual(["2022-04-15..2022-05-14"]);
    expect(spans("a total of 52,600 in Falgun", "2020-03-30")).toEqual(["2020-02-15..2020-03-14"]);
  });

  it("leaves glossed months, lower-case words and undated items alone", () => {
    expect(spans("in one month (Shrawan, mid-July to mid-August)", "2024-08")).toEqual([]);
    expect(spans("the magh festival drew 300", "2024-08")).toEqual([]);
    expect(spans("in Jestha 40 left", undefined)).toEqual([]);
  });

  it("dates a count in a Nepali month of a named year", () => {
    const text = "The figure is higher than the 38,400 who left in Mangsir of the previous fiscal year (2021/2022).";
    const frame = frameSentence(text, "2022-12", null, "NPL");
    expect(sentencePeriods(frame, text.indexOf("38,400"), "2022-12").map((p) => `${p.start}..${p.end}`)).toEqual([
      "2021-11-15..2021-12-14"
    ]);
  });
});
