import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";
import {reviewMonth} from "../../loaders/general/review-month.js";

/** "value@period" of one paragraph in a release reporting on `span`. */
function read(text: string, span = "2011-04-01..2012-01-31", date = "2012-03-10"): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parseReportingPeriod(span),
    documentDate: date,
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

describe("the month a release on whole months speaks of is its last", () => {
  it.each([
    ["Net remittances for the month were US$126.3 million.", "126300000@2012-01"],
    ["Remittances for the review month were US$126.3 million.", "126300000@2012-01"],
    ["During the month, 412 work permits were issued.", "412@2012-01"],
    ["In the month under review, 412 work permits were issued.", "412@2012-01"],
    ["Over the month, 95 migrants were deported.", "95@2012-01"],
    ["In the reporting month, 95 migrants were deported.", "95@2012-01"],
    ["For the reference month, 1,204 visas were issued.", "1204@2012-01"],
    ["Throughout the month, 38 victims were identified.", "38@2012-01"],
    ["During the review month, 57 asylum applications were received.", "57@2012-01"],
    ["For the whole month, 640 foreigners were registered.", "640@2012-01"],
    ["Remittance inflows for the month amounted to US$150.2 million.", "150200000@2012-01"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("in a release on one month, that month", () => {
    expect(read("During the month, 412 work permits were issued.", "2012-01-01..2012-01-31")).toEqual(["412@2012-01"]);
  });
});

describe("reports that speak of no one month", () => {
  it.each([
    ["2012-01-01..2012-12-31", null],
    ["2011-07-01..2012-06-30", null],
    ["2011-04-01..2012-01-15", null],
    ["2016-01-01..2016-03-31", null],
    ["2016-07-01..2016-12-31", null],
    ["2016-02-01..2016-04-30", "2016-04"],
    ["2011-04-01..2012-01-31", "2012-01"]
  ])("%s", (span, label) => {
    expect(reviewMonth(parseReportingPeriod(span))?.label ?? null).toBe(label);
  });

  it("a report on a whole year keeps its year for 'the month'", () => {
    expect(
      read("Net remittances for the month were US$126.3 million.", "2012-01-01..2012-12-31", "2013-03-01")
    ).toEqual(["126300000@2012"]);
  });
});
