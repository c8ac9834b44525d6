import {describe, expect, it} from "vitest";
import {findPeriods, parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {yearlessQuarters} from "../../loaders/general/resolve-yearless-quarter.js";

const quarters = (text: string, reporting: string | null, documentDate?: string) =>
  yearlessQuarters(text, findPeriods(text), reporting ? parsePeriodLabel(reporting) : null, documentDate).map(
    (q) => `${q.period.label}:${text.slice(q.start, q.end)}`
  );

describe("a quarter named with no year", () => {
  it.each([
    ["In the second quarter, 2,100 work permits were issued.", "2019", undefined, "2019Q2:the second quarter"],
    ["During the third quarter 412 foreigners were deported.", "2020", undefined, "2020Q3:the third quarter"],
    ["At the end of the first quarter, 21,400 foreigners lived here.", "2011", undefined, "2011Q1:the first quarter"],
    ["By the end of the 4th quarter 640 claims remained.", "2018", undefined, "2018Q4:the 4th quarter"],
    ["In Q2, arrivals rose to 15,300.", "2021", undefined, "2021Q2:Q2"],
    ["During Q4 the police rescued 32 victims.", "2017", undefined, "2017Q4:Q4"],
    ["Over the 1st quarter, 96 migrants were returned.", "2016", undefined, "2016Q1:the 1st quarter"],
    ["In the fourth quarter, 80 traffickers were convicted.", null, "2020-08-10", "2019Q4:the fourth quarter"],
    ["In the second quarter, 5,000 visas were issued.", null, "2020-08-10", "2020Q2:the second quarter"],
    ["In the third quarter, 300 migrants were detained.", "2014-2015", "2016-01-20", "2015Q3:the third quarter"],
    ["In 2013, 1,100 permits were issued in the first quarter.", "2015", undefined, "2013Q1:the first quarter"],
    ["As at the end of the third quarter 9,100 refugees were hosted.", "2022", undefined, "2022Q3:the third quarter"],
    ["In  the  second\nquarter, 2,100 work permits were issued.", "2019", undefined, "2019Q2:the  second\nquarter"]
  ])("%s", (text, reporting, date, expected) => expect(quarters(text, reporting, date)).toEqual([expected]));

  it.each([
    // A year after it makes it another phrase, read by the period parser.
    "In the second quarter of 2019, 2,100 work permits were issued.",
    "In the 1st Quarter 2011, 96 migrants were returned.",
    "In the third quarter, 2019 saw 412 deportations.",
    "In the first quarter of last year, 320 foreigners were deported.",
    "In the second quarter of the fiscal year 2,100 permits were issued.",
    // Not a time: a share, a district, a quarter without a preposition before it.
    "A quarter of the 2,100 permits went to women.",
    "Some 400 migrants live in the Latin quarter.",
    "The second quarter saw 2,100 permits issued.",
    "In Q5, 2,100 permits were issued."
  ])("none in %s", (text) => expect(quarters(text, "2019", "2020-02-01")).toEqual([]));
});
