import {describe, expect, it} from "vitest";
import {asFiscalYears} from "../../loaders/periods/relayed-fiscal-years.js";
import {findPeriods} from "../../loaders/periods/parse-period.js";
import {fiscalCalendar} from "../../loaders/periods/fiscal-year.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const US = fiscalCalendar("USA")!;
const labels = (text: string) => asFiscalYears(findPeriods(text), US).map((p) => p.period.label);

describe("bare years in an item relaying a US federal body's fiscal years", () => {
  it.each([
    ["down from 15 in 2018", ["2017/18"]],
    ["removed from the United States in 2016", ["2015/16"]],
    ["going from 24 in 2018 to 12 in 2019", ["2017/18", "2018/19"]],
    ["compared to 28 in 2018", ["2017/18"]],
    ["in 2015 and in 2017", ["2014/15", "2016/17"]],
    // Spans of months and other periods stay as they are.
    ["in March 2018", ["2018-03"]],
    ["between 2013 and 2018", ["2013-2018"]],
    ["in the first half of 2018", ["2018H1"]]
  ])("%s", (text, expected) => expect(labels(text)).toEqual(expected));

  const rows = (text: string, state: string) =>
    extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parsePeriodLabel("2019"),
      documentDate: "2019-12-20",
      stateCode: state,
      state: "Saint Kitts and Nevis",
      claimed: []
    }).observations.map((o) => `${o.value}@${o.period.label}`);

  it("reads them so when the item speaks for a US federal body in fiscal years", () => {
    const text =
      "U.S. Immigration and Customs Enforcement has deported 11 St. Kitts and Nevis nationals for fiscal year 2019. The number of St. Kitts and Nevis nationals deported this year is down from 15 deportees in 2018.";
    expect(rows(text, "KNA")).toEqual(expect.arrayContaining(["15@2017/18"]));
  });

  it("leaves them calendar years in an item that names no fiscal year", () => {
    const text =
      "U.S. Immigration and Customs Enforcement deported 11 St. Kitts and Nevis nationals in 2019, down from 15 deportees in 2018.";
    expect(rows(text, "KNA")).toEqual(expect.arrayContaining(["15@2018"]));
  });
});
