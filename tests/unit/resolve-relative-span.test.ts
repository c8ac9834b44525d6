import {describe, expect, it} from "vitest";
import {relativeSpans} from "../../loaders/general/resolve-relative-span.js";
import {frameSentence, sentencePeriods} from "../../loaders/general/resolve-period.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const labels = (text: string, date?: string, reporting: string | null = null) =>
  relativeSpans(text, date, reporting ? parsePeriodLabel(reporting) : null).map((p) => p.period.label);

/** The period the first number written as `n` in a sentence takes. */
function periodOf(text: string, n: string, date?: string, reporting: string | null = null): string[] {
  const frame = frameSentence(text, date, reporting ? parsePeriodLabel(reporting) : null);
  return sentencePeriods(frame, text.indexOf(n), date).map((p) => p.label);
}

describe("relativeSpans", () => {
  it("reads halves and quarters of this or the previous year", () => {
    expect(labels("In the first half of this year, 4,210 permits were granted", "2019-08")).toEqual(["2019H1"]);
    expect(labels("during the second half of the current year", "2019-12-20")).toEqual(["2019H2"]);
    expect(labels("in the first half of the previous year, 310 were refused", "2019-08")).toEqual(["2018H1"]);
    expect(labels("in the third quarter of last year", "2019-02-01")).toEqual(["2018Q3"]);
  });

  it("takes the reporting period's year when the document has no date", () => {
    expect(labels("in the first quarter of this year", undefined, "2017")).toEqual(["2017Q1"]);
  });

  it("reads counts of months from January", () => {
    expect(labels("in five months of this year", "2020-06-10")).toEqual(["2020-01-01..2020-05-31"]);
    expect(labels("in the first six months of this year", "2016")).toEqual(["2016H1"]);
    expect(labels("in the first 9 months of the year", "2016-10")).toEqual(["2016-01-01..2016-09-30"]);
    expect(labels("applications in 11 months: 7,406", "2016-12-15")).toEqual(["2016-01-01..2016-11-30"]);
  });

  it("reads the year to date and 'since last March' up to the document's date", () => {
    expect(labels("Some 120 people have been returned so far this year", "2018-04-12")).toEqual([
      "2018-01-01..2018-04-12"
    ]);
    expect(labels("since the beginning of the year", "2018-06")).toEqual(["2018H1"]);
    expect(labels("since last October", "2018-04-12")).toEqual(["2017-10-01..2018-04-12"]);
    expect(labels("since March last year", "2018-04-12")).toEqual(["2017-03-01..2018-04-12"]);
  });

  it("leaves other halves, possessives and waiting times alone", () => {
    expect(labels("in the first half of the 20th century", "2019-08")).toEqual([]);
    expect(labels("this year's report counts 40 cases", "2019-08")).toEqual([]);
    expect(labels("half of this year's victims were children", "2019-08")).toEqual([]);
    expect(labels("the first half of this year's budget", "2019-08")).toEqual([]);
    expect(labels("a decision is due in 6 months of filing", "2019-08")).toEqual([]);
    expect(labels("they may stay in 3 months after arrival", "2019-08")).toEqual([]);
    expect(labels("arrests rose in the past 6 months", "2019-08")).toEqual([]);
    expect(labels("since last March", undefined, "2019")).toEqual([]);
  });
});

describe("relative periods in sentences", () => {
  it("gives a number the relative half it is counted in", () => {
    const text = "In the first half of this year, 5,120 permits were issued to foreigners.";
    expect(periodOf(text, "5,120", "2019-07")).toEqual(["2019H1"]);
  });

  it("reads the identical period of a named year as the sentence's months in that year", () => {
    const text =
      "In the first half of this year, 5,120 permits were issued, 30% more compared with the identical period of 2018, when 3,900 permits were issued.";
    expect(periodOf(text, "5,120", "2019-07")).toEqual(["2019H1"]);
    expect(periodOf(text, "3,900", "2019-07")).toEqual(["2018H1"]);
  });

  it("reads the same period last year as the sentence's months one year back", () => {
    const text = "In January-April 2019, 812 were returned, compared with 640 in the same period last year.";
    expect(periodOf(text, "640", "2019-05-03")).toEqual(["2018-01-01..2018-04-30"]);
    expect(periodOf(text, "812", "2019-05-03")).toEqual(["2019-01-01..2019-04-30"]);
  });

  it("reads the same period last year in a sentence of its own as the report's months one year back", () => {
    const text = "In the same period last year, there were 4,100 such notices.";
    expect(periodOf(text, "4,100", "2019-05-03", "2019Q1")).toEqual(["2018Q1"]);
  });

  it("keeps the period of a quotation for the numbers inside it", () => {
    const text =
      '"In January-April 2019, 812 permits were granted," the ministry said, adding that this number reached 905 in the same period last year.';
    expect(periodOf(text, "812", "2019-05-03")).toEqual(["2019-01-01..2019-04-30"]);
    expect(periodOf(text, "905", "2019-05-03")).toEqual(["2018-01-01..2018-04-30"]);
  });

  it("keeps an opening period for the count right after it, not for counts further on", () => {
    const text = "In January-April 2019, 812 were returned, against 640 in the same period last year.";
    expect(periodOf(text, "812", "2019-05-03")).toEqual(["2019-01-01..2019-04-30"]);
    const later = "In 2019, the ministry said it had returned 250 people in 2018.";
    expect(periodOf(later, "250", "2019-05-03")).toEqual(["2018"]);
    const bracket = "In 2019, (about 250 in 2018) 300 people were returned.";
    expect(periodOf(bracket, "250", "2019-05-03")).toEqual(["2018"]);
  });

  it("does not read a plain 'last year' as the same period", () => {
    const text = "In January-April 2019, 812 were returned, against 2,640 last year.";
    expect(periodOf(text, "2,640", "2019-05-03")).toEqual(["2018"]);
  });
});
