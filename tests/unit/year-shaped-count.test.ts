import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

/** Each number read as a count (not excluded) in a sentence. */
const counts = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);
const years = (text: string) =>
  frameSentence(text, "2012-06-01", null)
    .periods.filter((p) => /^\d{4}$/.test(p.period.label))
    .map((p) => p.period.label);

describe("a year-shaped figure listed with the year it was counted in is a count", () => {
  it.each([
    ["the number increased to 1855 in 2008, 2024 in 2009, 2049 in 2010", [1855, 2024, 2049]],
    ["arrivals rose to 2015 in 2016", [2015]],
    ["deportations fell to 1999 in 2012", [1999]],
    ["permits reached 2,100 in 2010 and 2030 in 2011", [2100, 2030]],
    ["with 1987 in 2005, the peak", [1987]],
    ["a total of 2001 in 2009", [2001]],
    ["refusals numbered 1200 in 2008; 1996 in 2009", [1200, 1996]],
    ["to 2040 in 2011 and to 1988 in 2012", [2040, 1988]],
    ["2,500 in 2009, 2018 in 2010, 2200 in 2011", [2500, 2018, 2200]],
    ["returns climbed to 1960 in 2007", [1960]]
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
    // Its own year is still the count's period, and the figure is none.
    for (const v of expected) if (v >= 1950 && v < 2050) expect(years(text)).not.toContain(String(v));
  });

  it.each([
    ["In 2019 in 2020 terms, 40 were returned.", [40]],
    ["The 2019 in 2020 report counted 40.", [40]],
    ["In 2024, 40 were returned.", [40]]
  ])("a year stays a year: %s", (text, expected) => expect(counts(text)).toEqual(expected));
});
