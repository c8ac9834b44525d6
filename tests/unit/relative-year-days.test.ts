import {describe, expect, it} from "vitest";
import {relativeYearDays} from "../../loaders/general/resolve-yearless-month.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

const days = (text: string, date = "2023-07") => relativeYearDays(text, date).map((p) => p.period.label);

describe("a day whose year is said relative to the document's", () => {
  it.each([
    ["the deaths of 23 migrants on June 24 last year", "2022-06-24"],
    ["On 24 June last year, 23 migrants died.", "2022-06-24"],
    ["On the 3rd of May this year, 41 people drowned.", "2023-05-03"],
    ["on March 1st last year the law entered into force", "2022-03-01"],
    ["since 15 January this year, 900 persons arrived", "2023-01-15"],
    ["on 9 December previous year", "2022-12-09"],
    ["On February 28, last year, 12 boats landed.", "2022-02-28"],
    ["on 1 July of the current year", "2023-07-01"],
    ["on 5 January of last year, 12 were returned", "2022-01-05"],
    ["On March 3 of this year, 40 migrants landed.", "2023-03-03"],
    ["on July 1 current year", "2023-07-01"],
    ["on the 30th of April past year", "2022-04-30"],
    ["on October 2 last year 77 migrants were detained", "2022-10-02"]
  ])("%s", (text, expected) => {
    expect(days(text)).toEqual(expected ? [expected] : []);
  });

  it.each([
    ["a day that does not exist", "on February 30 last year"],
    ["a day with its year", "on June 24, 2022"],
    ["a month with no day", "in June last year"],
    ["no relative year", "on June 24"]
  ])("reads no day from %s", (_name, text) => {
    expect(days(text)).toEqual([]);
  });

  it("frames the sentence by the day alone", () => {
    const frame = frameSentence("Experts asked about the deaths of 23 migrants on June 24 last year.", "2023-07");
    expect(frame.periods.map((p) => p.period.label)).toEqual(["2022-06-24"]);
  });
});
