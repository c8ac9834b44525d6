import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@start..end" of the rows of a paragraph of an item dated `date` that reports `reporting`. */
function rows(text: string, reporting: string, date: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting.replace("..", "/")),
    documentDate: date,
    state: "Spain",
    claimed: []
  });
  return r.observations.map((o) => `${o.value}@${o.period.start}..${o.period.end}`);
}

describe("so far this year in an item reporting its year to an earlier day", () => {
  it.each([
    ["So far this year, Spain has received 4,827 irregular migrants.", "2020-01-01..2020-04-15", "2020-04-18", 4827],
    ["So far this year, 1,204 migrants have arrived by sea.", "2021-01-01..2021-06-30", "2021-07-04", 1204],
    [
      "Since the start of the year, 318 victims of trafficking have been identified.",
      "2019-01-01..2019-03-31",
      "2019-04-10",
      318
    ],
    ["Thus far this year, 95 asylum seekers have been registered.", "2022-01-01..2022-05-31", "2022-06-08", 95],
    ["So far this year, Italy has received 22,300 migrants.", "2023-01-01..2023-03-15", "2023-03-20", 22300],
    ["So far this year, 640 migrants have been returned.", "2018-01-01..2018-09-30", "2018-10-02", 640],
    [
      "So far this year, the police have detained 2,115 irregular migrants.",
      "2020-01-01..2020-08-31",
      "2020-09-05",
      2115
    ],
    ["So far this year, 57 traffickers have been convicted.", "2017-01-01..2017-11-30", "2017-12-03", 57],
    ["So far this year, 3,980 asylum applications have been lodged.", "2016-01-01..2016-02-29", "2016-03-02", 3980],
    ["So far this year, 412 migrants have arrived on the islands.", "2024-01-01..2024-07-15", "2024-07-16", 412]
  ])("%j", (text, reporting, date, value) => {
    const [start, end] = reporting.split("..");
    const read = rows(text, reporting, date);
    expect(read.some((r) => r.startsWith(`${value}@`))).toBe(true);
    expect(read.filter((r) => r.startsWith(`${value}@`)).every((r) => r === `${value}@${start}..${end}`)).toBe(true);
  });

  it("runs to the item's own date when the reporting period is the whole year", () => {
    const read = rows("So far this year, Spain has received 4,827 irregular migrants.", "2020", "2020-04-18");
    expect(read.some((r) => r.startsWith("4827@2020-01-01..2020-04-1"))).toBe(true);
    expect(read).not.toContain("4827@2020-01-01..2020-04-15");
  });
});
