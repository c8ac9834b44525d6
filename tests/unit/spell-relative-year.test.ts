import {describe, expect, it} from "vitest";
import {spellRelativeYears} from "../../loaders/general/spell-relative-year.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

const DATE = "2019-01-14";
const labels = (text: string, date = DATE) =>
  frameSentence(text, date).periods.map((p) => `${p.period.label}:${text.slice(p.start, p.end)}`);

describe("a span of days whose year is named relative to the document's date", () => {
  it.each([
    [
      "At least 1,430 foreigners were expelled between January 2 and 9 of this year, 360 more than before.",
      "2019-01-02..2019-01-09:January 2 and 9 of this year"
    ],
    [
      "From January 2 to 9 this year, 1,430 foreigners were expelled.",
      "2019-01-02..2019-01-09:January 2 to 9 this year"
    ],
    [
      "Between 2 and 9 January of this year, 333 foreigners were detained.",
      "2019-01-02..2019-01-09:2 and 9 January of this year"
    ],
    ["From 3 to 9 March last year, 40 migrants were returned.", "2018-03-03..2018-03-09:3 to 9 March last year"],
    [
      "Between March 3 and April 9 last year, 40 migrants were returned.",
      "2018-03-03..2018-04-09:Between March 3 and April 9 last year"
    ],
    [
      "Between 1 March and 9 April of last year, 40 were returned.",
      "2018-03-01..2018-04-09:Between 1 March and 9 April of last year"
    ],
    [
      "From December 1 to 15 of last year, 12 victims were identified.",
      "2018-12-01..2018-12-15:December 1 to 15 of last year"
    ],
    ["During 1-7 January this year 95 people were rescued.", "2019-01-01..2019-01-07:1-7 January this year"],
    [
      "From 10 to 20 December of the previous year, 64 migrants were detained.",
      "2018-12-10..2018-12-20:10 to 20 December of the previous year"
    ],
    ["Between Jan 2 and 9 this year, 1,430 people were expelled.", "2019-01-02..2019-01-09:Jan 2 and 9 this year"],
    [
      "Between January 2nd and 9th of this year, 1,430 people were expelled.",
      "2019-01-02..2019-01-09:January 2nd and 9th of this year"
    ],
    ["Some 30 were refused entry from 2 to 9 January this year.", "2019-01-02..2019-01-09:2 to 9 January this year"]
  ])("%s", (text, expected) => expect(labels(text)).toEqual([expected]));

  it("keeps every offset of the sentence", () => {
    const text = "Between January 2 and 9 of this year, 1,430 were expelled.";
    const spelled = spellRelativeYears(text, DATE);
    expect(spelled).toHaveLength(text.length);
    expect(spelled.indexOf("1,430")).toBe(text.indexOf("1,430"));
    expect(spelled).toContain("2019,");
  });

  it.each([
    // A single day is read with its relative year elsewhere, and a month or a year alone is not a span of days.
    "On January 5 of last year, 12 were returned.",
    "In January this year, 40 were returned.",
    "This year, 1,430 foreigners were expelled.",
    // The year is a count's, not the span's.
    "From 2 to 9 January, 40 were returned, fewer than last year.",
    "Between January 2 and 9, 1,430 were expelled; this year 40 more are expected.",
    // No document date: nothing to count from.
    "Between January 2 and 9 of this year, 1,430 were expelled."
  ])("leaves %s", (text) => {
    const date = text.startsWith("Between January 2 and 9 of") ? undefined : DATE;
    expect(spellRelativeYears(text, date)).toBe(text);
  });
});
