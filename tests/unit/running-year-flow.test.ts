import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";

// An update dated 30 July 2021 reporting on the year so far.
function readAs(text: string, reporting: string, documentDate: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parseReportingPeriod(reporting),
    documentDate,
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label} ${o.indicator} [${o.category ?? ""}]`);
}
const read = (text: string) => readAs(text, "2021-01-01..2021-07-30", "2021-07-30");
const SO_FAR = "2021-01-01..2021-07-30";

describe("events in a year still running on the document's day, whatever the tense, run to that day", () => {
  it.each([
    ["127 refugees and asylum-seekers released from detention in 2021.", "127"],
    ["In 2021, 340 migrants were rescued at sea.", "340"],
    ["During 2021, the police identified 48 victims of trafficking.", "48"],
    ["Some 2,300 migrants were deported in 2021.", "2300"],
    ["In the year 2021, 5,400 asylum applications were lodged.", "5400"],
    ["The agency registered 1,150 new arrivals in 2021.", "1150"],
    ["A total of 640 work permits were issued in 2021.", "640"],
    ["In 2021, authorities convicted 12 traffickers.", "12"],
    ["Some 870 migrants were repatriated in 2021.", "870"],
    ["In 2021, 3,050 refugees arrived in the country.", "3050"],
    ["The courts sentenced nine traffickers in 2021.", "9"],
    ["4,488 migrants intercepted at sea and disembarked in 2021.", "4488"]
  ])("%s", (text, value) => {
    expect(read(text).some((r) => r.startsWith(`${value}@${SO_FAR} `))).toBe(true);
  });
});

describe("other figures of the year keep the year", () => {
  it.each([
    // A figure set ahead of the year, by a quota, a budget or a plan, is for all of it.
    ["Under the quota for 2021, 2,700 work permits were allocated in 2021.", "2700@2021 "],
    ["In 2021, the government allocated 120,400 manat for victim protection.", "120400@2021 "],
    ["In 2021, 420 shelter places were planned for victims of trafficking.", "420@2021 "],
    // People standing in a year are no flow.
    [
      "A report on the number of resident aliens in 2021 shows 47 nationals of Kiribati registered to live here.",
      "47@2021 "
    ],
    ["In 2021, there were 1,200 refugees living in the camps.", "1200@2021 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });

  it("a release dated in December gives the year whole", () => {
    expect(readAs("In 2021, 340 migrants were rescued at sea.", "2021-01-01..2021-12-20", "2021-12-20")).toContain(
      "340@2021 migrants_rescued []"
    );
  });

  it("a document dated after the year reads the whole year", () => {
    expect(readAs("In 2021, 340 migrants were rescued at sea.", "2021-01-01..2021-12-31", "2022-02-01")).toContain(
      "340@2021 migrants_rescued []"
    );
  });
});

describe("a release on an earlier part of the year may relay the whole year", () => {
  it("a report on March dated in September keeps the year", () => {
    expect(readAs("In 2021, 340 migrants were rescued at sea.", "2021-03-01..2021-03-31", "2021-09-01")).toContain(
      "340@2021 migrants_rescued []"
    );
  });
});
