import {describe, expect, it} from "vitest";
import {samePeriodBefore, yearlessMonthRanges} from "../../loaders/general/resolve-month-range.js";
import {findPeriods, parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {rows} from "./read-paragraph.js";

const ranges = (text: string, reporting = "2020", date = "2020-04-15") =>
  yearlessMonthRanges(text, findPeriods(text), parsePeriodLabel(reporting), date).map(
    (p) => `${p.period.start}..${p.period.end}`
  );

describe("month ranges with no year", () => {
  it("take the sentence's year, else the reporting year, else the document's", () => {
    expect(ranges("In January-March, 500 were deported")).toEqual(["2020-01-01..2020-03-31"]);
    expect(ranges("In January to June, 500 were deported", "2019-01/2020-06")).toEqual(["2020-01-01..2020-06-30"]);
    expect(ranges("In April–June, as in 2018, 500 were deported")).toEqual(["2018-04-01..2018-06-30"]);
  });

  it("leave a range with its own year, a backward range and a single month alone", () => {
    expect(ranges("In January-March 2021, 500 were deported")).toEqual([]);
    expect(ranges("In January-March of 2021, 500 were deported")).toEqual([]);
    expect(ranges("From June to March, 500 were deported")).toEqual([]);
    expect(ranges("In March, 500 were deported")).toEqual([]);
  });
});

describe("the same period of the previous year", () => {
  it("is the sentence's months one year earlier, and nothing without a period before it", () => {
    const text = "In the first half of 2019, 300 were deported, up from 250 in the same period of the previous year.";
    expect(samePeriodBefore(text, findPeriods(text)).map((p) => p.period.label)).toEqual(["2018H1"]);
    const bare = "300 were deported, up from 250 in the same period of the previous year.";
    expect(samePeriodBefore(bare, findPeriods(bare))).toEqual([]);
  });

  it("dates a comparison with a yearless month range", () => {
    expect(
      rows(
        "In January-March, 500 foreigners were deported, compared with 400 in the same period of the previous year.",
        "2020",
        "2020-04-15"
      )
    ).toEqual(["500@2020Q1 deportations []", "400@2019Q1 deportations []"]);
  });
});
