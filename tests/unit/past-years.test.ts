import {describe, expect, it} from "vitest";
import {pastYears} from "../../loaders/general/resolve-year-to-date.js";

const spans = (text: string, date: string) => pastYears(text, date).map((p) => `${p.period.start}..${p.period.end}`);

describe("the past years an item looks back on", () => {
  it.each([
    // Early in its year, or dated by its year alone: the whole calendar years before.
    ["More than 6,000 were deported in the past two years.", "2018-05-15", "2016-01-01..2017-12-31"],
    ["Over the last three years, 412 victims were identified.", "2021-01-20", "2018-01-01..2020-12-31"],
    ["The agency resettled 9,000 refugees over the previous five years.", "2016-03", "2011-01-01..2015-12-31"],
    ["In the past 4 years the ministry issued 14,000 permits.", "2024", "2020-01-01..2023-12-31"],
    ["During the last two years some 800 smugglers were arrested.", "2019-06-30", "2017-01-01..2018-12-31"],
    ["Deportations more than tripled over the past five years to 14,859.", "2025-04", "2020-01-01..2024-12-31"],
    // Later in its year: the same number of years back to its own date.
    ["Over the past three years, 1,750 Haitians were returned.", "2022-07-26", "2019-07-27..2022-07-26"],
    ["In the last two years, 3,400 asylum claims were lodged.", "2018-11", "2016-12-01..2018-11-30"],
    ["The police rescued 96 victims in the past 10 years.", "2020-12-31", "2011-01-01..2020-12-31"],
    ["In the previous six years, 2,210 Nepalis were repatriated.", "2017-09-14", "2011-09-15..2017-09-14"]
  ])("%j in an item of %s spans %s", (text, date, period) => expect(spans(text, date)).toEqual([period]));

  it.each([
    "In the past three years of the programme, 300 were assisted.",
    "The past two years before the war saw 900 arrivals.",
    "For the past year, 300 were deported.",
    "Three years ago, 300 were deported."
  ])("%j names no span of past years", (text) => expect(spans(text, "2019-10-01")).toEqual([]));
});
