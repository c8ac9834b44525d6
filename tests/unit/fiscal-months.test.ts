import {describe, expect, it} from "vitest";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const fiscal = (text: string, state: string) => findFiscalYears(text, state, "2020-11-12").map((f) => f.period.label);
const calendar = (text: string) => findPeriods(text).map((f) => f.period.label);

describe("a span of months named by its government year, or with its months abbreviated, is read", () => {
  it.each([
    ["During Jul-Oct FY21, workers' remittances increased to $9.4 billion.", "PAK", ["2020-07-01..2020-10-31"]],
    ["During July-October FY21, remittances rose.", "PAK", ["2020-07-01..2020-10-31"]],
    ["During July to March of FY2019, remittances rose.", "PAK", ["2018-07-01..2019-03-31"]],
    ["In Jul–Dec FY20 remittances rose.", "BGD", ["2019H2"]],
    ["In Jan-Mar FY20 remittances rose.", "BGD", ["2020Q1"]],
    ["In Apr-Jun FY2021 remittances rose.", "IND", ["2020Q2"]],
    ["In Oct-Dec FY22 remittances rose.", "IND", ["2021Q4"]],
    ["In Jan–Mar FY2021 remittances rose.", "IND", ["2021Q1"]]
  ])("%s (%s)", (text, state, expected) => {
    expect(fiscal(text, state)).toEqual(expected);
  });

  it.each([
    ["During Jul-Oct 2020, remittances rose.", ["2020-07-01..2020-10-31"]],
    ["During Jan-Jun 2019, 340 victims were identified.", ["2019H1"]]
  ])("%s", (text, expected) => {
    expect(calendar(text)).toEqual(expected);
  });

  it("reads no span of a government year where the state's calendar is unknown, nor months with no year", () => {
    expect(fiscal("During Jul-Oct FY21, remittances rose.", "XXX")).toEqual(["FY2021"]);
    expect(calendar("During Jul-Oct, remittances rose.")).toEqual([]);
  });
});
