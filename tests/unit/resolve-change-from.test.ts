import {describe, expect, it} from "vitest";
import {changeFromPeriod, upFromStock} from "../../loaders/general/resolve-change-from.js";
import {parsePeriodLabel, parseReportingPeriod} from "../../loaders/periods/parse-period.js";

const months = parseReportingPeriod("2021-01..2021-09")!;
const at = (text: string, value: string) => [text.indexOf(value), text.indexOf(value) + value.length] as const;

describe("changeFromPeriod", () => {
  it("dates the figure after 'from' to the same months a year before", () => {
    const text = "The number of visas fell from 4,200 to 3,100.";
    expect(changeFromPeriod(text, ...at(text, "4,200"), months)?.label).toBe("2020-01-01..2020-09-30");
    expect(changeFromPeriod(text, ...at(text, "4,200"), parsePeriodLabel("2021")!)?.label).toBe("2020");
  });

  it.each([
    "The number of immigrants from Britain rose slightly from 4,200 to 3,100.",
    "The number of visas also declined, from 4,200 to 3,100.",
    "The number of visas fell sharply, from 4,200 to 3,100.",
    "Applications increased significantly from 4,200 to 5,100.",
    "The number of work permits dropped markedly from 4,200 to 3,100."
  ])("dates the figure after 'from' with an adverb or a comma between: %s", (text) => {
    expect(changeFromPeriod(text, ...at(text, "4,200"), months)?.label).toBe("2020-01-01..2020-09-30");
  });

  it("leaves the figure after 'to', a start of a range and a stock alone", () => {
    const text = "The number of visas fell from 4,200 to 3,100.";
    expect(changeFromPeriod(text, ...at(text, "3,100"), months)).toBeNull();
    const range = "Visas were issued to persons aged from 18 to 65.";
    expect(changeFromPeriod(range, ...at(range, "18"), months)).toBeNull();
    const stock = {...parsePeriodLabel("2021-03-01/2021-03-01")!, stock: true};
    expect(changeFromPeriod(text, ...at(text, "4,200"), stock)).toBeNull();
  });
});

describe("a phrase of time or comparison between the change's verb and 'from'", () => {
  const yearToApril = parseReportingPeriod("2014-05..2015-04")!;
  it.each([
    "Net inward migration among non-Irish nationals increased for a third year in a row from 4,200 to 5,100.",
    "The number of immigrants also increased over the same 12 month period from 4,200 to 5,100.",
    "Net migration fell by 42 per cent on the previous year, from 4,200 to 2,400.",
    "Emigration rose on the previous year from 4,200 to 5,100.",
    "Asylum applications fell for the second consecutive year from 4,200 to 3,100.",
    "Removals increased over the twelve months from 4,200 to 5,100.",
    "The number of work permits declined year-on-year from 4,200 to 3,100.",
    "Remittances grew by 6% compared to the previous year, from 4,200 to 4,450.",
    "Detentions dropped sharply in the year to April from 4,200 to 3,100.",
    "Arrivals rose during the same period, from 4,200 to 5,100.",
    "The number of returns increased over a 12-month period from 4,200 to 5,100."
  ])("dates the figure after 'from' the period before: %s", (text) => {
    expect(changeFromPeriod(text, ...at(text, "4,200"), yearToApril)?.label).toBe("2013-05-01..2014-04-30");
  });

  it.each([
    // A count stands between: the change is not of that count's figure.
    "Deportations rose in 35 districts from 4,200 to 5,100 people each.",
    // No verb of change: a range of ages or a span of places.
    "Visas were issued over the year to persons aged from 4,200 to 5,100.",
    // A sentence ended between the verb and the figures.
    "Arrivals rose in the year. Figures from 4,200 to 5,100 were revised."
  ])("leaves a 'from' with no change of its figure alone: %s", (text) => {
    expect(changeFromPeriod(text, ...at(text, "4,200"), yearToApril)).toBeNull();
  });
});

describe("upFromStock", () => {
  const day = {...parsePeriodLabel("2022-07-01/2022-07-01")!, stock: true};

  it("dates an 'up from' figure the span it names before the stock's day", () => {
    const text = "Georgians in Estonia number 3,000, up from 2,400 in half a year.";
    expect(upFromStock(text, ...at(text, "2,400"), day)?.label).toBe("2022-01-01");
    const year = "Georgians in Estonia number 3,000, down from 3,400 in a year.";
    expect(upFromStock(year, ...at(year, "3,400"), day)?.label).toBe("2021-07-01");
  });

  it("leaves a figure with no span, a flow and the stock itself alone", () => {
    const text = "Georgians in Estonia number 3,000, up from 2,400 last year.";
    expect(upFromStock(text, ...at(text, "2,400"), day)).toBeNull();
    const spanned = "Georgians in Estonia number 3,000, up from 2,400 in half a year.";
    expect(upFromStock(spanned, ...at(spanned, "3,000"), day)).toBeNull();
    expect(upFromStock(spanned, ...at(spanned, "2,400"), parsePeriodLabel("2022")!)).toBeNull();
  });
});

describe("a count 'down from' or 'up from' one figure 'to' another", () => {
  const financial = parseReportingPeriod("2018-07..2019-06")!;
  it.each([
    "Deportations by officials were also down from 642 to 453.",
    "Removals were down from 1,210 to 980.",
    "Refusals are up from 88 to 131.",
    "The number of visas was up from 4,200 to 5,100.",
    "Returns were also up from 310 to 402."
  ])("%j dates the first figure to the period before", (text) => {
    const first = /\d[\d,]*/.exec(text)![0];
    expect(changeFromPeriod(text, ...at(text, first), financial)?.label).toBe("2017-07-01..2018-06-30");
    expect(changeFromPeriod(text, ...at(text, first), parsePeriodLabel("2019")!)?.label).toBe("2018");
  });

  it.each([
    "Arrivals were down from the peak to 453.",
    "Visas were up from 642 in total.",
    "Prices went down from 642 to 453."
  ])("%j leaves the figure alone", (text) => {
    const first = /\d[\d,]*/.exec(text)![0];
    expect(changeFromPeriod(text, ...at(text, first), financial)).toBeNull();
  });
});
