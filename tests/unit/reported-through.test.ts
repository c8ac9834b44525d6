import {describe, expect, it} from "vitest";
import {reportedThrough} from "../../loaders/general/reported-through.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {observations} from "./read-paragraph.js";

const spans = (text: string, reporting: string, date: string) =>
  observations(text, reporting, date).map((o) => `${o.value} ${o.period.start}..${o.period.end}`);

describe("a release on a month or quarter counts its own year up to that period's end", () => {
  it.each([
    ["This amounts to 21,215 repatriations in 2022.", "2022-09", "2022-10-04", "21215 2022-01-01..2022-09-30"],
    ["In 2022, 3,000 migrants were returned to Haiti.", "2022-09", "2022-10-04", "3000 2022-01-01..2022-09-30"],
    ["This brings the total to 5,400 deportations in 2022.", "2022-09", "2022-10-12", "5400 2022-01-01..2022-09-30"],
    ["In 2021, 812 migrants were deported.", "2021-03", "2021-04-02", "812 2021-01-01..2021-03-31"],
    [
      "A total of 1,250 asylum applications were lodged in 2020.",
      "2020Q2",
      "2020-07-15",
      "1250 2020-01-01..2020-06-30"
    ],
    ["Police arrested 94 migrants in 2019.", "2019-05", "2019-06-10", "94 2019-01-01..2019-05-31"],
    ["In 2023, 640 victims were identified.", "2023H1", "2023-07-20", "640 2023-01-01..2023-06-30"],
    ["The service issued 3,100 work permits in 2024.", "2024-10", "2024-11-01", "3100 2024-01-01..2024-10-31"],
    ["Some 2,400 returnees were assisted in 2018.", "2018-08", "2018-09-05", "2400 2018-01-01..2018-08-31"],
    ["In 2025, 77 smugglers were convicted.", "2025-02", "2025-03-03", "77 2025-01-01..2025-02-28"],
    // A release dated by its month alone.
    ["In 2015 eight asylum applications have been rejected.", "2015-01/2015-08", "2015-09", "8 2015-01-01..2015-08-31"],
    ["In 2019, 410 work permits were issued.", "2019H1", "2019-07", "410 2019-01-01..2019-06-30"]
  ])("%s", (text, reporting, date, expected) => {
    expect(spans(text, reporting, date)).toContain(expected);
  });

  it.each([
    ["In 2021, 20,000 migrants were returned.", "2022-09", "2022-10-04", "20000 2021-01-01..2021-12-31"],
    ["In 2022, 3,000 migrants were returned.", "2022", "2023-02-01", "3000 2022-01-01..2022-12-31"],
    ["In 2022, 3,000 migrants were returned.", "2022-03", "2022-09-01", "3000 2022-01-01..2022-12-31"]
  ])("leaves another year, a whole year and a long-past period alone: %s", (text, reporting, date, expected) => {
    expect(spans(text, reporting, date)).toContain(expected);
  });

  it("needs a period that ended before the release's day, in its year", () => {
    expect(reportedThrough(parsePeriodLabel("2022-09"), "2022-10-04")).toBe("2022-09-30");
    expect(reportedThrough(parsePeriodLabel("2022-10"), "2022-10-04")).toBeNull();
    expect(reportedThrough(parsePeriodLabel("2021-12"), "2022-01-10")).toBeNull();
    expect(reportedThrough(parsePeriodLabel("2022"), "2022-12-31")).toBeNull();
    expect(reportedThrough(parsePeriodLabel("2022-09"), "2022")).toBeNull();
    expect(reportedThrough(parsePeriodLabel("2022-09"), "2022-10")).toBe("2022-09-30");
    expect(reportedThrough(parsePeriodLabel("2022-09"), "2022-12")).toBeNull();
    expect(reportedThrough(parsePeriodLabel("2022-10"), "2022-10")).toBeNull();
  });
});
