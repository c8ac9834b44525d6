import {describe, expect, it} from "vitest";
import {samePeriodBefore, yearlessMonthRanges} from "../../loaders/general/resolve-month-range.js";
import {findPeriods, parsePeriodLabel, periodFromBounds} from "../../loaders/periods/parse-period.js";
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

describe("the same period of a named year, against the report's span of days", () => {
  const before = (text: string, reporting: string) =>
    samePeriodBefore(text, findPeriods(text), periodFromBounds(...(reporting.split("..") as [string, string]))).map(
      (p) => `${p.period.start}..${p.period.end}`
    );
  it.each([
    [
      "compared to the same period in 2022, when 2,425 requests were recorded",
      "2024-01-01..2024-05-30",
      "2022-01-01..2022-05-30"
    ],
    ["against 1,310 in the same period of 2019", "2021-01-01..2021-03-15", "2019-01-01..2019-03-15"],
    ["up from the same period in 2023, when 87 were granted", "2024-01-01..2024-02-29", "2023-01-01..2023-02-28"],
    ["versus the identical period of 2020 (4,100)", "2021-04-01..2021-06-30", "2020-04-01..2020-06-30"],
    ["than in the same period last year, when 640 arrived", "2018-01-01..2018-08-20", "2017-01-01..2017-08-20"],
    [
      "compared with the corresponding period of 2016, when 212 were returned",
      "2017-07-01..2017-09-30",
      "2016-07-01..2016-09-30"
    ]
  ])("%j in a report of %s is %s", (text, reporting, period) => expect(before(text, reporting)).toEqual([period]));

  it("is nothing when the year named is not before the report's", () => {
    expect(before("compared to the same period in 2024, when 2,425 were recorded", "2024-01-01..2024-05-30")).toEqual(
      []
    );
  });
});
