import {describe, expect, it} from "vitest";
import {findFiscalYears, fiscalYearBefore, isUnresolvedFiscal} from "../../../loaders/periods/fiscal-year.js";
import {frameSentence, sentencePeriods} from "../../../loaders/general/resolve-period.js";
import {parseReportingPeriod} from "../../../loaders/periods/parse-period.js";

const spans = (text: string, state?: string, date?: string) =>
  findFiscalYears(text, state, date).map((f) => `${f.period.start}..${f.period.end}`);

/** The bounds the first number written as `n` takes in a sentence of a document of `state`. */
function periodOf(text: string, n: string, state?: string, date?: string, reporting?: string): string[] {
  const frame = frameSentence(text, date, reporting ? parseReportingPeriod(reporting) : null, state);
  return sentencePeriods(frame, text.indexOf(n), date).map((p) => `${p.start}..${p.end}`);
}

describe("findFiscalYears", () => {
  it("reads a split year with the state's calendar", () => {
    expect(spans("Officers removed 3,112 overstayers in 2019/20.", "GBR")).toEqual(["2019-04-01..2020-03-31"]);
    expect(spans("In 2015-16, 812 protection visas were refused", "NZL")).toEqual(["2015-07-01..2016-06-30"]);
    expect(spans("during 2021–22 the office issued 9,400 permits", "USA")).toEqual(["2021-10-01..2022-09-30"]);
    expect(spans("a total of 44,019 in 2022/2023", "KEN")).toEqual(["2022-07-01..2023-06-30"]);
    expect(spans("1,240 migrants left in 2018/19", "NPL")).toEqual(["2018-07-16..2019-07-15"]);
  });

  it("reads a year marked as the government's", () => {
    expect(spans("in the 2016/17 fiscal year, 77 boats were seized", "IND")).toEqual(["2016-04-01..2017-03-31"]);
    expect(spans("During FY2020, 5,300 aliens were removed", "USA")).toEqual(["2019-10-01..2020-09-30"]);
    expect(spans("in fiscal year 2018 the ministry admitted 230", "THA")).toEqual(["2017-10-01..2018-09-30"]);
    expect(spans("in FY 2021 about 90 trainees vanished", "JPN")).toEqual(["2021-04-01..2022-03-31"]);
    expect(spans("the financial year 2012-13 saw 640 returns", "BGD")).toEqual(["2012-07-01..2013-06-30"]);
    expect(spans("In the 2019 financial year, 41 permits", "FRA")).toEqual(["2019-01-01..2019-12-31"]);
    expect(spans("In fiscal year (FY) 2022, prosecutors charged 61", "USA")).toEqual(["2021-10-01..2022-09-30"]);
    expect(spans("the 2018/19 financial year saw 1,020 removals", "JAM")).toEqual(["2018-04-01..2019-03-31"]);
    expect(spans("in FY 2016/17 the shelter housed 38", "RWA")).toEqual(["2016-07-01..2017-06-30"]);
  });

  it("reads government years counted back from the document's date", () => {
    expect(spans("about 2,400 were refused in the last financial year", "UGA", "2021-03")).toEqual([
      "2019-07-01..2020-06-30"
    ]);
    expect(spans("in the previous fiscal year, 713 were returned", "CAN", "2017-05-20")).toEqual([
      "2016-04-01..2017-03-31"
    ]);
    expect(spans("over the past three financial years, 15,000 visas", "PAK", "2022-11")).toEqual([
      "2019-07-01..2022-06-30"
    ]);
    expect(spans("so far in this financial year, 204 deportations", "SGP", "2023-08-02")).toEqual([
      "2023-04-01..2023-08-02"
    ]);
    expect(spans("in this fiscal year to date 90 were held", "USA", "2024-02")).toEqual(["2023-10-01..2024-02-29"]);
    expect(spans("the current financial year will admit 300", "AUS", "2019-02")).toEqual(["2018-07-01..2019-06-30"]);
  });

  it("keeps a government year of an unknown calendar as stated, unresolved", () => {
    const found = findFiscalYears("In 2019/20, 530 applicants were heard", "XYZ");
    expect(found.map((f) => f.period.label)).toEqual(["2019/20"]);
    expect(found.every((f) => isUnresolvedFiscal(f.period))).toBe(true);
    expect(
      findFiscalYears("in fiscal year 2014, 88 seamen", undefined).every((f) => isUnresolvedFiscal(f.period))
    ).toBe(true);
    expect(findFiscalYears("In 2019/20, 530 were heard", "SWE").every((f) => isUnresolvedFiscal(f.period))).toBe(true);
    expect(findFiscalYears("In 2019/20, 530 were heard", "TZA").some((f) => isUnresolvedFiscal(f.period))).toBe(false);
  });

  it("leaves school years, seasons, laws, ranges and dates alone", () => {
    expect(spans("in the 2019/20 school year, 120 pupils", "GBR")).toEqual([]);
    expect(spans("during the 2018-19 winter season 300 arrived", "AUS")).toEqual([]);
    expect(spans("under the Immigration Act 1959/63 and", "MYS")).toEqual([]);
    expect(spans("In 2010-13 the number was below 1000", "GBR")).toEqual([]);
    expect(spans("from 2016-2017 onwards", "AUS")).toEqual([]);
    expect(spans("on 2019-12-05 police detained 14", "IND")).toEqual([]);
    expect(spans("in the last two years, 90 were held", "KEN", "2020-01")).toEqual([]);
  });
});

describe("fiscalYearBefore", () => {
  it("steps back one government year from the one named before it", () => {
    const text = "In 2020/21 officers removed 8,150 people, up from 6,020 the year before.";
    const found = findFiscalYears(text, "IND");
    expect(fiscalYearBefore(text, found, null, "IND").map((f) => f.period.label)).toEqual(["2019/20"]);
    expect(periodOf(text, "6,020", "IND")).toEqual(["2019-04-01..2020-03-31"]);
    expect(
      periodOf("In 2016-17, 12 per cent were women, against 9 per cent last year.", "9 per", "NZL", "2017-09")
    ).toEqual(["2015-07-01..2016-06-30"]);
  });

  it("steps back from a reporting period that is one government year", () => {
    expect(
      periodOf("That is a 7% fall from the previous year's 5,480.", "5,480", "KEN", "2022-08", "2021-07..2022-06")
    ).toEqual(["2020-07-01..2021-06-30"]);
  });

  it("leaves calendar states, calendar reporting years and 'last year' without a government year alone", () => {
    expect(periodOf("There were 3,100 the previous year.", "3,100", "DEU", "2021-03", "2020")).toEqual([
      "2019-01-01..2019-12-31"
    ]);
    expect(periodOf("compared with 610 last year", "610", "GBR", "2021-03", "2020-04..2021-03")).toEqual([
      "2020-01-01..2020-12-31"
    ]);
  });
});

describe("government years in sentences", () => {
  it("leaves the term in a plan's name to the plan", () => {
    const labels = frameSentence(
      "Under the Migration Strategy 2019/20, 40 officers were trained in 2021.",
      "2022-01",
      null,
      "KEN"
    ).periods.map((p) => p.period.label);
    expect(labels).toEqual(["2021"]);
  });

  it("dates the counts of a list of government years each by its own", () => {
    const text = "Removals reached 4,018 in 2017/18, 5,233 in 2018/19 and 6,700 in 2019/20.";
    expect(periodOf(text, "4,018", "BWA")).toEqual(["2017-04-01..2018-03-31"]);
    expect(periodOf(text, "5,233", "BWA")).toEqual(["2018-04-01..2019-03-31"]);
    expect(periodOf(text, "6,700", "BWA")).toEqual(["2019-04-01..2020-03-31"]);
  });
});
