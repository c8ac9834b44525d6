import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";
import {isCountChange, isPercentChange} from "../../loaders/general/read-percent-change.js";

const REPORTING = {label: "2019", start: "2019-01-01", end: "2019-12-31", partial: false, stock: false};

const read = (text: string) =>
  extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2020-02-01",
    claimed: []
  });

/** The percent rows read as statistics, as "value period citizenship". */
const changes = (text: string) =>
  read(text)
    .observations.filter((o) => o.unit === "percent")
    .map((o) => `${o.value} ${o.period.label}${o.citizenship ? ` ${o.citizenship}` : ""}`);

const at = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return isPercentChange(text, start, start + figure.length);
};

describe("a change stated in percent", () => {
  it.each([
    ["In 2019, total arrivals increased by 4.6% from 1,781,021 to 1,862,289.", "4.6"],
    ["In 2019, asylum applications rose by 12 per cent from 3,410 to 3,819.", "12"],
    ["In 2019, deportations fell by 8.5 percent from 2,204 to 2,017.", "8.5"],
    ["In 2019, departures of residents grew by 4.7% from 282,764 to 296,083.", "4.7"],
    ["In 2019, the number of refugees registered went down by 3 percent from 10,200 to 9,894.", "3"],
    ["In 2019, work permits issued declined by some 20 per cent from 5,000 to 4,000.", "20"],
    ["In 2019, arrivals by sea increased by 34.1% from 53,705 to 71,997.", "34.1"],
    ["In 2019, returns of migrants dropped by 10% from 1,200 to 1,080.", "10"],
    ["In 2019, applications for residence permits increased by about 25 percent from 8,000 to 10,000.", "25"],
    ["In 2019, asylum applications lodged rose by 72 percent from 1,000 to 1,720.", "72"]
  ])("reads %s as a change of the figure reached", (sentence, value) => {
    expect(changes(sentence)).toContain(`${value} 2019`);
  });

  it("keeps the people the subject names", () => {
    expect(changes("In 2019, departures of Mauritian residents increased by 4.7% from 282,764 to 296,083.")).toContain(
      "4.7 2019 Mauritius"
    );
  });

  it.each([
    ["the number of work permits increased by 7 percent", "7"],
    ["an increase of 7.7 % in comparison with November", "7.7"],
    ["applications went up 37 percent between 2021 and 2022", "37"],
    ["1,797 applications, an increase of 21% compared to 2013", "21"],
    ["a 15% increase in the total number of returns", "15"],
    ["30 percent fewer applications were filed", "30"],
    ["221 citizens asked for help, up 11.6% compared to 2017", "11.6"],
    ["deportations were down 40.3 per cent", "40.3"],
    ["22.6% less than the previous year", "22.6"],
    ["a growth of 40.9% over the year", "40.9"]
  ])("knows %s for a change", (text, figure) => {
    expect(at(text, figure)).toBe(true);
  });

  it.each([
    ["remittances make up 22% of all the hard currency", "22"],
    ["Albanians made up about 60% of all asylum applications", "60"],
    ["males accounted for 56.9 percent of the total", "56.9"],
    ["the recognition rate was 33.3%", "33.3"],
    ["7,564 persons (59.7 percent) were employees", "59.7"]
  ])("knows %s for no change", (text, figure) => {
    expect(at(text, figure)).toBe(false);
  });

  it.each([
    "In 2019, 1,797 asylum applications were made, an increase of 21% compared to 2018.",
    "In 2019, the number of deportations increased by 40 percent.",
    "In 2019, 221 citizens asked for help, up 11.6% compared to 2018."
  ])("keeps a change measured against no figure reached for review: %s", (sentence) => {
    const result = read(sentence);
    expect(result.observations.filter((o) => o.unit === "percent")).toEqual([]);
    expect(result.candidates.some((c) => c.unit === "percent")).toBe(true);
  });

  it.each([
    ["In 2019, the number of work permit holders went up by 527 persons (3.0 percent).", 527, 3],
    ["In 2019, the number of asylum applications rose by 1,204 (12.5%).", 1204, 12.5],
    ["In 2019, the number of deportations fell by 310 persons (8 per cent).", 310, 8],
    ["In 2019, asylum applications increased by 2,150 (41 percent) compared with 2018.", 2150, 41]
  ])("reads the change and its bracketed percent of %s", (sentence, count, percent) => {
    const values = read(sentence).observations.map((o) => o.value);
    expect(values).toEqual(expect.arrayContaining([count, percent]));
  });

  it.each([
    ["went up by 527 persons (3.0 percent)", "527", true],
    ["rose by 1,204 (12.5%)", "1,204", true],
    ["an increase of 96 applications (4 per cent)", "96", true],
    ["fell by 310 persons in 2019", "310", false],
    ["a total of 527 persons (3.0 percent)", "527", false],
    ["increased by 12 in 2019 (3.0 percent of all)", "12", false]
  ])("knows whether %s is a change with its percent", (text, figure, expected) => {
    const start = text.indexOf(figure);
    expect(isCountChange(text, start, start + figure.length)).toBe(expected);
  });
});

// "1.8 million, that is 12.1% above last January": a percent above or below another period's level is its change.
describe("a percent above or below another level", () => {
  it.each([
    ["that is 12.1% above last January", "12.1"],
    ["a level 5% below 2018", "5"],
    ["remittances stood 8.4 per cent above the year before", "8.4"],
    ["arrivals were 30 percent below their 2019 level", "30"],
    ["applications ran 17% above the same month of 2018", "17"],
    ["deportations, 22% below last year's figure", "22"],
    ["the total, 3.5% above the previous quarter", "3.5"],
    ["registrations 40 per cent below the 2016 peak", "40"],
    ["a figure 9% above forecasts", "9"],
    ["returns were 12 percent below those of 2017", "12"]
  ])("knows %s for a change", (text, figure) => {
    expect(at(text, figure)).toBe(true);
  });

  it.each([
    ["12.1% of the foreigners were women", "12.1"],
    ["a share of 5% among migrants", "5"]
  ])("leaves %s a share", (text, figure) => {
    expect(at(text, figure)).toBe(false);
  });
});
