import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";

// A monthly review dated November 2023 whose reporting period runs from October 2022 to October 2023.
function read(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parseReportingPeriod("2022-10-01..2023-10-31"),
    documentDate: "2023-11",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

describe("a month named without a year that the reporting period holds twice is the latest by the item's date", () => {
  it.each([
    ["Georgian citizens received $283 million in money sent from abroad in October.", "283000000@2023-10"],
    ["Remittances reached $283 million in October.", "283000000@2023-10"],
    ["In October, 1,240 migrants were deported.", "1240@2023-10"],
    ["The police identified 48 victims of trafficking in October.", "48@2023-10"],
    ["During October, 2,300 asylum applications were lodged.", "2300@2023-10"],
    ["In October, the ministry issued 640 work permits.", "640@2023-10"],
    ["Some 870 migrants were rescued at sea in October.", "870@2023-10"],
    ["In October, 12 traffickers were convicted.", "12@2023-10"],
    ["Arrivals reached 5,400 in October.", "5400@2023-10"],
    ["In October, 310 migrants were returned to their countries.", "310@2023-10"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});

describe("a month the period holds once keeps its year", () => {
  it("November is only 2022's", () => {
    expect(read("In November, 1,240 migrants were deported.")).toContain("1240@2022-11");
  });
});
