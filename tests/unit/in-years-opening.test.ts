import {describe, expect, it} from "vitest";
import {pastYears} from "../../loaders/general/resolve-year-to-date.js";
import {observations} from "./read-paragraph.js";

const spans = (text: string, date = "2023-01-07") =>
  pastYears(text, date).map((p) => `${p.period.start}..${p.period.end}`);

describe("a span of years a sentence opens on looks back from the item", () => {
  it.each([
    ["In three years, 504,485 Nicaraguans have left Nicaragua.", "2020-01-01..2022-12-31"],
    ["In 3 years, the ministry issued 4,500 work permits.", "2020-01-01..2022-12-31"],
    ["In two years, 1,200 victims were identified.", "2021-01-01..2022-12-31"],
    ["In five years, the state deported 31,000 migrants.", "2018-01-01..2022-12-31"],
    ["In just four years, 9,800 asylum applications were lodged.", "2019-01-01..2022-12-31"],
    ["In ten years, some 2,000 refugees were resettled.", "2013-01-01..2022-12-31"],
    ["In only two years, 640 smugglers were convicted.", "2021-01-01..2022-12-31"],
    ["“In six years, 12,000 Hondurans were returned.", "2017-01-01..2022-12-31"],
    ["In 10 years, 45,000 work permits were granted.", "2013-01-01..2022-12-31"],
    ["In seven years, the agency assisted 3,100 returnees.", "2016-01-01..2022-12-31"]
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    "The number of deportations doubled in three years.",
    "In three years' time, 3,000 permits will be issued.",
    "Within three years, 3,000 permits will be issued.",
    "Victims in three years of the programme received 400 grants."
  ])("reads no span where the years do not open the sentence: %s", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it("dates the count by the years", () => {
    const rows = observations("In three years, 504,485 Nicaraguans have left Nicaragua.", "2022", "2023-01-07");
    expect(rows.map((o) => `${o.value} ${o.period.label}`)).toContain("504485 2020-2022");
  });
});
