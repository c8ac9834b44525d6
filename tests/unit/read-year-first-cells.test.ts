import {describe, expect, it} from "vitest";
import {readYearFirstCells} from "../../loaders/general/read-year-first-cells.js";

const read = (text: string) =>
  readYearFirstCells(text, 0, text.length).map((c) => `${c.period.label}:${c.value}:${c.label}`);

describe("readYearFirstCells", () => {
  it("reads a table of bars and one cell per line, a day-dated row counting its year up to that day", () => {
    const text = `The table below shows the rate:
Year |
Number of applications |
Average per month |
31 August 2004a | 12 677 |
1 585 |
2003 |
11 268 |
939 |
2002 |
8 370 |
698 |
a It is forecast that the number may exceed 19,000.`;
    expect(read(text)).toEqual([
      "2004-01-01..2004-08-31:12677:Number of applications",
      "2004-01-01..2004-08-31:1585:Average per month",
      "2003:11268:Number of applications",
      "2003:939:Average per month",
      "2002:8370:Number of applications",
      "2002:698:Average per month"
    ]);
    const cells = readYearFirstCells(text, 0, text.length);
    expect(text.slice(cells[2].start, cells[2].end)).toBe("11 268");
    expect(text.slice(cells[2].rowStart, cells[2].rowEnd)).toBe("2003 |\n11 268 |\n939");
    expect(cells[0].title).toBe("The table below shows the rate:");
  });

  it.each([
    ["cells one per line", "Year\nApplications received\nGranted\n2018\n1 200\n950\n2019\n1 340\n1 010\n"],
    [
      "cells between bars on one line",
      "Year | Applications received | Granted | 2018 | 1 200 | 950 | 2019 | 1 340 | 1 010 |\n"
    ],
    [
      "a bar-led layout",
      "| Year | Applications received | Granted |\n| 2018 | 1,200 | 950 |\n| 2019 | 1,340 | 1,010 |\n"
    ],
    ["comma-grouped thousands", "Year\nApplications received\nGranted\n2018\n1,200\n950\n2019\n1,340\n1,010\n"],
    ["no-break spaces", "Year\nApplications received\nGranted\n2018\n1\u00a0200\n950\n2019\n1\u00a0340\n1\u00a0010\n"],
    ["a 'Years' header", "Years\nApplications received\nGranted\n2018\n1 200\n950\n2019\n1 340\n1 010\n"],
    ["a 'Period' header", "Period\nApplications received\nGranted\n2018\n1 200\n950\n2019\n1 340\n1 010\n"],
    ["footnote marks on the years", "Year\nApplications received\nGranted\n2018*\n1 200\n950\n2019a\n1 340\n1 010\n"],
    [
      "indented cells",
      "  Year\n  Applications received\n  Granted\n  2018\n  1 200\n  950\n  2019\n  1 340\n  1 010\n"
    ],
    [
      "blank lines between cells",
      "Year\n\nApplications received\n\nGranted\n\n2018\n\n1 200\n\n950\n\n2019\n\n1 340\n\n1 010\n"
    ]
  ])("reads %s", (_, text) => {
    expect(read(text)).toEqual([
      "2018:1200:Applications received",
      "2018:950:Granted",
      "2019:1340:Applications received",
      "2019:1010:Granted"
    ]);
  });

  it("reads a one-column table and a row dated 'as of' a day", () => {
    const text = "Year\nPersons naturalised\n2021\n2 100\n2022\n2 450\nas of 30 June 2023\n1 120\n";
    expect(read(text)).toEqual([
      "2021:2100:Persons naturalised",
      "2022:2450:Persons naturalised",
      "2023H1:1120:Persons naturalised"
    ]);
  });

  it.each([
    ["a list of law numbers on one line", "Laws Nos. 1234 | 5678 | 9012 were adopted in 2019 | 2020\n"],
    ["paragraph numbers one per line", "Paragraph 16\n18\n19\n20\n"],
    ["years and values with no Year header", "Applications\nGranted\n2018\n1 200\n950\n2019\n1 340\n1 010\n"],
    ["a single row", "Year\nApplications\nGranted\n2018\n1 200\n950\n"],
    ["rows with more values than labels", "Year\nApplications\n2018\n1 200\n950\n2019\n1 340\n1 010\n"],
    ["rows dated to days only", "Year\nNon-citizens\n1 January 2018\n233 393\n1 January 2019\n224 670\n"],
    ["a value that is a word", "Year\nApplications\n2018\nmany\n2019\nfew\n"],
    ["a header word inside prose", "In the year\nthe numbers were 2018 and 2019.\n"],
    ["rows with fewer values than labels", "Year\nApplications\nGranted\n2018\n1 200\n2019\n1 340\n"],
    ["resolution numbers after a year header", "Year\nResolution\n2005\n60/147\n2006\n61/180\n"]
  ])("reads nothing from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
