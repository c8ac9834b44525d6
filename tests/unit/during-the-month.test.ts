import {describe, expect, it} from "vitest";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const periods = (text: string, reporting = "2016-03") =>
  frameSentence(text, "2016-04-12", parsePeriodLabel(reporting)).periods.map(
    (p) => `${p.period.label}:${text.slice(p.start, p.end)}`
  );

describe('"over the month" in a release on one month is that month', () => {
  it.each([
    ["Remittances received over the month in AUD increased.", "2016-03:over the month"],
    ["During the month, 412 work permits were issued.", "2016-03:During the month"],
    ["In the month, 96 foreigners were deported.", "2016-03:In the month"],
    ["Receipts in USD fell over the month.", "2016-03:over the month"],
    ["For the month, arrivals totalled 15,300.", "2016-03:For the month"],
    ["Throughout the month 32 victims were rescued.", "2016-03:Throughout the month"],
    ["Over the whole month, 1,204 visas were granted.", "2016-03:Over the whole month"],
    ["During the entire month the police held 61 migrants.", "2016-03:During the entire month"],
    ["Remittances grew over the month by $0.9 million to $19.4 million.", "2016-03:over the month"],
    ["Transfers through banks rose during the month, to 2,100.", "2016-03:during the month"]
  ])("%s", (text, expected) => expect(periods(text)).toEqual([expected]));

  it.each([
    // Another month is named, or the phrase is part of a longer one.
    ["Over the month of February 2016, 40 were returned.", "2016-03"],
    ["In the month before, 40 were returned.", "2016-03"],
    ["During the month ending 15 March, 40 were returned.", "2016-03"],
    // A release on a year or a quarter has no one month.
    ["During the month, 412 work permits were issued.", "2016"],
    ["During the month, 412 work permits were issued.", "2016Q1"],
    // No month at all.
    ["Over the year, 412 work permits were issued.", "2016-03"]
  ])("not %s (reporting %s)", (text, reporting) =>
    expect(periods(text, reporting).filter((p) => p.includes("month") && p.startsWith("2016-03:"))).toEqual([])
  );
});
