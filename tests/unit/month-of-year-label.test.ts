import {describe, expect, it} from "vitest";
import {monthOfYearLabel} from "../../loaders/general/month-of-year-label.js";
import {readYearHeaderTables} from "../../loaders/general/read-year-header-tables.js";
import {yearHeaderRows} from "../../loaders/general/year-header-rows.js";
import {readBreakdownHeaderTables} from "../../loaders/general/read-breakdown-header-tables.js";
import {breakdownHeaderRows} from "../../loaders/general/breakdown-header-rows.js";
import {parsePeriodLabel, yearPeriod} from "../../loaders/periods/parse-period.js";

describe("monthOfYearLabel", () => {
  it.each([
    ["January", 2015, "2015-01"],
    ["Feb.", 2016, "2016-02"],
    ["Sept", 2019, "2019-09"],
    ["december*", 2020, "2020-12"],
    ["Q3", 2018, "2018Q3"],
    ["2nd quarter", 2021, "2021Q2"],
    ["Fourth quarter", 2017, "2017Q4"]
  ])("reads %j in %i as %s", (label, year, expected) => {
    expect(monthOfYearLabel(label, yearPeriod(year))?.label).toBe(expected);
  });

  it.each([
    ["a label of people", "Women", yearPeriod(2019)],
    ["a month with more words", "January arrivals", yearPeriod(2019)],
    ["a day", "12 January", yearPeriod(2019)],
    ["a month under a column of one month", "March", parsePeriodLabel("2019-03")!],
    ["a word that starts like a month", "Mayors", yearPeriod(2019)]
  ])("reads nothing of %s", (_, label, period) => {
    expect(monthOfYearLabel(label, period)).toBeNull();
  });
});

describe("month rows of year tables", () => {
  it("reads a month's row under columns of years as that month of each year", () => {
    const text = "Arrivals of asylum seekers by month\nMonth 2015 2016\nJanuary 1,204 1,530\nFebruary 998 1,102\n";
    const rows = yearHeaderRows(readYearHeaderTables(text, 0, text.length), text, "1");
    expect(rows.map((r) => `${r.period.label}|${r.category ?? "-"}|${r.value}`)).toEqual([
      "2015-01|-|1204",
      "2016-01|-|1530",
      "2015-02|-|998",
      "2016-02|-|1102"
    ]);
  });

  it("reads a quarter's row under columns of years", () => {
    const text = "Removals of foreign nationals\nQuarter 2020 2021\nQ1 410 388\nQ2 120 305\n";
    const rows = yearHeaderRows(readYearHeaderTables(text, 0, text.length), text, "1");
    expect(rows.map((r) => `${r.period.label}|${r.value}`)).toEqual([
      "2020Q1|410",
      "2021Q1|388",
      "2020Q2|120",
      "2021Q2|305"
    ]);
  });

  it("reads months under a title of a year and columns by sex", () => {
    const text = "Victims identified in 2019\nTotal Men Women\nJanuary 120 70 50\nFebruary 98 60 38\n";
    const rows = breakdownHeaderRows(
      readBreakdownHeaderTables(text, 0, text.length),
      text,
      "1",
      parsePeriodLabel("2019"),
      "2020"
    );
    expect(rows.map((r) => `${r.period.label}|${r.sex ?? "all"}|${r.value}`)).toEqual([
      "2019-01|all|120",
      "2019-01|male|70",
      "2019-01|female|50",
      "2019-02|all|98",
      "2019-02|male|60",
      "2019-02|female|38"
    ]);
    expect(rows.every((r) => !/january|february/.test(r.indicator))).toBe(true);
  });

  it("keeps the year of rows that name no month", () => {
    const text = "Permits issued\nType 2015 2016\nWork permits 1,204 1,530\nStudy permits 998 1,102\n";
    const rows = yearHeaderRows(readYearHeaderTables(text, 0, text.length), text, "1");
    expect(rows.map((r) => r.period.label)).toEqual(["2015", "2016", "2015", "2016"]);
  });
});
