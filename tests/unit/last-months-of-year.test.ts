import {describe, expect, it} from "vitest";
import {firstMonthsOf} from "../../loaders/general/resolve-year-to-date.js";

const spans = (text: string, date?: string) =>
  firstMonthsOf(text, date).map((p) => `${p.period.start}..${p.period.end}`);

describe("the last months of a year", () => {
  it.each([
    ["intercepted 1,595 Tunisians during the last five months of 2021.", "2021-06-06", "2021-01-01..2021-05-31"],
    ["During the last three months of 2020, 812 migrants were deported.", "2021-02-01", "2020-10-01..2020-12-31"],
    ["In the past six months of 2019, 4,100 asylum claims were lodged.", "2020-03-01", "2019-07-01..2019-12-31"],
    ["the final two months of 2018 saw 300 returns", "2019-01-15", "2018-11-01..2018-12-31"],
    ["Over the last 4 months of 2022, 96 victims were identified.", "2022-09-10", "2022-05-01..2022-08-31"],
    ["in the last two months of 2023, 1,050 migrants arrived", "2023-03-02", "2023-01-01..2023-02-28"],
    ["during the past three months of 2024, 77 smugglers were arrested", "2024-10-01", "2024-07-01..2024-09-30"],
    ["The last eleven months of 2017 brought 5,000 arrivals.", "2018-01-01", "2017-02-01..2017-12-31"],
    ["During the last six months of 2021, 640 permits were issued.", undefined, "2021-07-01..2021-12-31"],
    ["the last ten months of 2016 saw 2,400 deportations", "2017-06", "2016-03-01..2016-12-31"]
  ])("%s", (text, date, expected) => {
    expect(spans(text, date)).toEqual([expected]);
  });

  it("reads nothing when the item comes out before so many months of the year have passed", () => {
    expect(spans("during the last five months of 2021", "2021-03-01")).toEqual([]);
  });

  it("keeps the first months of a year", () => {
    expect(spans("In the first five months of 2021, 300 migrants were deported.", "2021-06-06")).toEqual([
      "2021-01-01..2021-05-31"
    ]);
  });
});
