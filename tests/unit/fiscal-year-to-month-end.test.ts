import {describe, expect, it} from "vitest";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";

/** The government years a sentence names, in an item of `state` dated `date`. */
const spans = (text: string, state: string, date: string) =>
  findFiscalYears(text, state, date).map((f) => `${f.period.start}..${f.period.end}`);

describe("the government year under way, up to the end of a month", () => {
  it.each([
    [
      "IMN",
      "2026-01-20",
      "466 work visas were issued in the current financial year to the end of December",
      "2025-04-01..2025-12-31"
    ],
    ["GBR", "2020-02-10", "in this financial year to the end of January, 3,100 were removed", "2019-04-01..2020-01-31"],
    [
      "AUS",
      "2019-05-02",
      "in the current financial year up to the end of March, 812 visas were cancelled",
      "2018-07-01..2019-03-31"
    ],
    [
      "NZL",
      "2021-11-15",
      "1,200 permits in the current financial year to the end of October",
      "2021-07-01..2021-10-31"
    ],
    [
      "USA",
      "2022-06-01",
      "in the current fiscal year through the end of April, 230,000 were encountered",
      "2021-10-01..2022-04-30"
    ],
    [
      "KEN",
      "2020-03-30",
      "this financial year until the end of February, 95 refugees were resettled",
      "2019-07-01..2020-02-29"
    ],
    [
      "IND",
      "2018-12-20",
      "in the present financial year till the end of November, 4,300 emigration clearances",
      "2018-04-01..2018-11-30"
    ],
    ["JAM", "2017-10-05", "the current fiscal year to the end of September saw 77 deportees", "2017-04-01..2017-09-30"],
    [
      "BWA",
      "2016-08-11",
      "in this financial year to end of July, 410 work permits were issued",
      "2016-04-01..2016-07-31"
    ],
    [
      "UGA",
      "2023-01-09",
      "in the current financial year to the end of Dec, 58 were convicted",
      "2022-07-01..2022-12-31"
    ]
  ])("%s %s: %s", (state, date, text, span) => expect(spans(text, state, date)).toEqual([span]));

  it("keeps the whole year when the month is of another year or no month is named", () => {
    expect(spans("in the current financial year to the end of June 2027, 40 were issued", "IMN", "2026-01-20")).toEqual(
      ["2025-04-01..2026-03-31"]
    );
    expect(spans("in the current financial year, 40 were issued", "IMN", "2026-01-20")).toEqual([
      "2025-04-01..2026-03-31"
    ]);
  });

  it("reads only the year under way so", () => {
    expect(spans("in the last financial year to the end of December, 5 were issued", "IMN", "2026-01-20")).toEqual([
      "2024-04-01..2025-03-31"
    ]);
  });
});
