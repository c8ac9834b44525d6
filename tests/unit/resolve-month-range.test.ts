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

describe("a month range with no year in an item dated before the range ends", () => {
  const bare = (text: string, date: string) =>
    yearlessMonthRanges(text, findPeriods(text), null, date).map((p) => `${p.period.start}..${p.period.end}`);

  it.each([
    ["89,546 migrants returned from January to September", "2020-02-10", "2019-01-01..2019-09-30"],
    ["From January to November, 1,204 victims were identified.", "2021-01-05", "2020-01-01..2020-11-30"],
    ["Between March and December, 77 smugglers were arrested.", "2018-02", "2017-03-01..2017-12-31"],
    ["In July-October, the agency assisted 3,120 returnees.", "2016-05-30", "2015-07-01..2015-10-31"],
    ["From April through June, 640 permits were issued.", "2022-03-31", "2021-04-01..2021-06-30"],
    ["In January to September, 107,781 arrived in Yemen.", "2019-11-29", "2019-01-01..2019-09-30"],
    ["Between January and March, 812 were deported.", "2020-04-15", "2020-01-01..2020-03-31"],
    ["From January to June, 5,100 applied for asylum.", "2017-06-30", "2017-01-01..2017-06-30"],
    ["In September–December, 240 were returned.", "2014", "2014-09-01..2014-12-31"],
    ["From mid-July to mid-August, 95 crossed.", "2023-01", "2022-07-15..2022-08-14"]
  ])("%j in an item of %s runs %s", (text, date, period) => expect(bare(text, date)).toEqual([period]));

  it("takes the year of a reporting period reaching past the item's date", () => {
    expect(ranges("In January to June, 500 were deported", "2019-01/2020-06", "2020-04-15")).toEqual([
      "2020-01-01..2020-06-30"
    ]);
  });
});
