import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const spans = (text: string) => findPeriods(text).map((f) => `${f.period.start}..${f.period.end}`);

describe("two months in a row named together count over both", () => {
  it.each([
    ["In January and February 2023, 49,291 migrants crossed the border.", "2023-01-01..2023-02-28"],
    ["During November and December 2022, 1,204 asylum claims were lodged.", "2022-11-01..2022-12-31"],
    ["In March and April 2020, 310 migrants were returned.", "2020-03-01..2020-04-30"],
    ["For June and July 2019, the ministry issued 6,120 permits.", "2019-06-01..2019-07-31"],
    ["Over May and June 2021, 95 victims were identified.", "2021-05-01..2021-06-30"],
    ["In February and March 2024, 82,360 migrants crossed the Darién.", "2024-02-01..2024-03-31"],
    ["In July and August of 2018, 240 travellers were detained.", "2018-07-01..2018-08-31"],
    ["In September and October, 2017, remittances reached $1.2 billion.", "2017-09-01..2017-10-31"],
    ["Arrivals in April and May 2016 totalled 3,080.", "2016-04-01..2016-05-31"],
    ["In October and November 2015, 518 migrants were rescued.", "2015-10-01..2015-11-30"],
    ["Police intercepted 77 migrants in August and September 2022.", "2022-08-01..2022-09-30"]
  ])("%s", (text, expected) => expect(spans(text)).toContain(expected));

  it.each([
    // Months apart are two months, not a span.
    "In January and March 2023, 49,291 migrants crossed the border.",
    // Out of order, they name no span.
    "In February and January 2023, 49,291 migrants crossed the border.",
    // December and January straddle a year: no year written for the first.
    "In December and January 2023, 1,204 claims were lodged."
  ])("no span in %s", (text) => expect(spans(text).some((s) => /-01-01\.\.\d{4}-0[23]-/.test(s))).toBe(false));
});
