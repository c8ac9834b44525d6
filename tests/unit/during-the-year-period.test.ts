import {describe, expect, it} from "vitest";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {yearPeriod} from "../../loaders/periods/parse-period.js";

/** The periods a sentence names, in a report published in 2007 on the year 2006. */
const labels = (sentence: string, reporting = yearPeriod(2006)) =>
  frameSentence(sentence, "2007-06-12", reporting).periods.map((p) => p.period.label);

describe("'during the year' in a report on one year", () => {
  it.each([
    "Twelve cases of trafficking involving 25 victims were investigated by police during the year.",
    "During the year, the police investigated 12 cases.",
    "The government identified 40 victims over the year.",
    "Throughout the year, 30 victims received assistance in shelters.",
    "The authorities prosecuted nine suspects during the entire year.",
    "During the whole year 14 traffickers were convicted.",
    "NGOs assisted 85 victims during the year, mostly women.",
    "Police opened 7 investigations during the year and closed 3.",
    "Over the year, labor inspectors referred 11 potential victims.",
    "Courts convicted five traffickers during the year; all received prison terms.",
    "during the year the government repatriated 63 victims."
  ])("reads %s as the reporting year", (sentence) => {
    expect(labels(sentence)).toEqual(["2006"]);
  });

  it.each([
    ["The police investigated 12 cases during the year 2005.", null],
    ["During the year before, 12 cases were investigated.", null],
    ["During the year ending March 2006, 40 victims were identified.", null],
    ["Over the year of the pandemic, 40 victims were identified.", null],
    ["During the year that followed, 40 victims were identified.", null],
    ["During the year under review, 40 victims were identified.", null],
    ["The government identified 40 victims in the year.", null],
    ["The police investigated 12 cases during the year.", yearPeriod(2019).label.length === 4 ? null : null]
  ])("does not read %s as a year of its own", (sentence) => {
    expect(labels(sentence, {...yearPeriod(2006)!, label: "2006-04/2007-03"}).filter((l) => l === "2006")).toEqual([]);
    if (!/during the year\.$/.test(sentence)) expect(labels(sentence)).not.toContain("2006-dty");
  });

  it("leaves a report on a span of months alone", () => {
    const span = {label: "2006-04/2007-03", start: "2006-04-01", end: "2007-03-31", partial: false, stock: false};
    expect(labels("The police investigated 12 cases during the year.", span)).toEqual([]);
  });

  it("leaves a report with no reporting period alone", () => {
    expect(frameSentence("The police investigated 12 cases during the year.", "2007-06-12").periods).toEqual([]);
  });
});
