import {describe, expect, it} from "vitest";
import {consecutiveMonths, shortMonthYear} from "../../loaders/general/short-month-year.js";
import {readPeriodHeaderTables} from "../../loaders/general/read-period-header-tables.js";
import {readMonthRowTables} from "../../loaders/general/read-month-row-tables.js";

const run = (...cells: string[]) => consecutiveMonths(cells.map((c) => shortMonthYear(c)!));

describe("a month with a two-digit year heading a column", () => {
  it.each([
    ["Mar 16", 3, 2016],
    ["Dec-15", 12, 2015],
    ["Jan'16", 1, 2016],
    ["Sept 19", 9, 2019],
    ["February 21", 2, 2021],
    ["jun 98", 6, 1998],
    ["Oct/20", 10, 2020],
    ["Nov. 17", 11, 2017],
    ["Aug-07", 8, 2007],
    ["May 24", 5, 2024]
  ])("%s", (cell, month, year) => expect(shortMonthYear(cell)).toEqual({month, year}));

  it.each(["Mar 2016", "March", "16 Mar", "Mar 1", "Mar 123", "Marc 16", "Q1 16"])("not %s", (cell) =>
    expect(shortMonthYear(cell)).toBeNull()
  );

  it("is a month only in a run of consecutive months, either way", () => {
    expect(run("Mar 16", "Feb 16", "Jan 16", "Dec 15")).toBe(true);
    expect(run("Nov 19", "Dec 19", "Jan 20")).toBe(true);
    // Days of a month, or months apart, are no such run.
    expect(run("Mar 16", "Mar 17", "Mar 18")).toBe(false);
    expect(run("Mar 16", "Jun 16", "Sep 16")).toBe(false);
    expect(run("Mar 16", "Feb 16", "Mar 16")).toBe(false);
    expect(run("Mar 16")).toBe(false);
  });
});

const RELEASE = `Remittances

* TOP $m
Mar 16
Feb 16
Jan 16
Dec 15

Remittance Receipts
19.40 18.55 17.30 27.09
Private Transfers
17.78 16.91 16.01 25.29
Social Benefits 0.08 0.06 0.04 0.08
`;

describe("a table under months of two-digit years", () => {
  it("reads each row's figures under its month, the title's money kept for the rows", () => {
    const [table] = readPeriodHeaderTables(RELEASE, 0, RELEASE.length);
    expect(table.money).toEqual({unit: "TOP", scale: 1e6});
    expect(table.rows.map((r) => [r.label, r.cells.map((c) => `${c.period.label}=${c.value}`)])).toEqual([
      ["Remittance Receipts", ["2016-03=19.4", "2016-02=18.55", "2016-01=17.3", "2015-12=27.09"]],
      ["Private Transfers", ["2016-03=17.78", "2016-02=16.91", "2016-01=16.01", "2015-12=25.29"]],
      ["Social Benefits", ["2016-03=0.08", "2016-02=0.06", "2016-01=0.04", "2015-12=0.08"]]
    ]);
  });

  it("reads the header on one line too", () => {
    const text =
      "TOP $m Mar 16 Feb 16 Jan 16\nRemittance Receipts 19.40 18.55 17.30\nPrivate Transfers 17.78 16.91 16.01\n";
    expect(readPeriodHeaderTables(text, 0, text.length)[0]?.rows[1].cells.map((c) => c.period.label)).toEqual([
      "2016-03",
      "2016-02",
      "2016-01"
    ]);
  });

  it("takes no such header for rows of a month and one figure", () => {
    expect(readMonthRowTables(RELEASE, 0, RELEASE.length)).toEqual([]);
  });

  it("reads no table under days of one month", () => {
    const text = "Arrivals\nMar 16\nMar 17\nMar 18\n\nBoats 12 14 9\nPeople 310 402 250\n";
    expect(readPeriodHeaderTables(text, 0, text.length)).toEqual([]);
  });
});
