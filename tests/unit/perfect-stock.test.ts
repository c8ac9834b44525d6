import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period" of each observation of one paragraph of a document of `kind` on `reporting`, dated `date`. */
function periods(text: string, kind = "agency_release", reporting = "2019-01", date = "2019-02-04"): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: date,
    kind,
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

describe("an operational update's present perfect counts what has happened up to the end of its month", () => {
  it.each([
    ["More than 650,000 Venezuelans have arrived in Peru.", "650000@2019-01-31"],
    ["175,000 Venezuelans have been granted the temporary stay permit.", "175000@2019-01-31"],
    ["Some 62,033 refugees have been registered at Minawao camp.", "62033@2019-01-31"],
    ["Over 2,400 Nigerian refugees have crossed into Cameroon.", "2400@2019-01-31"],
    ["Over 4,879 Malian refugees have been identified as having specific needs.", "4879@2019-01-31"],
    ["UNHCR has registered 23,890 Burundian refugees for voluntary return.", "23890@2019-01-31"],
    ["The authorities have deported 1,204 migrants.", "1204@2019-01-31"],
    ["A total of 9,360 nationals have returned to the country.", "9360@2019-01-31"],
    ["The operation has already relocated 19,700 refugees to the settlement.", "19700@2019-01-31"],
    ["Partners have assisted 3,450 returnees with cash grants.", "3450@2019-01-31"],
    ["8,200 asylum seekers have now applied for protection.", "8200@2019-01-31"],
    ["Over 161,279 Venezuelans have applied for asylum.", "161279@2019-01-31"]
  ])("%s", (text, expected) => expect(periods(text)).toContain(expected));

  it("stands on the document's own day when it falls inside the month", () => {
    expect(
      periods("More than 650,000 Venezuelans have arrived in Peru.", "agency_release", "2019-01", "2019-01-28")
    ).toEqual(["650000@2019-01-28"]);
  });

  it.each([
    // A press item's present perfect tells the news of its period.
    ["Some 47 people have been arrested in the operation.", "press_item", "2019-01"],
    ["Fifteen persons have been granted refugee status in Belize.", "press_item", "2019-01"],
    // An update on more than a month states flows over it.
    ["Eighteen Syrians have applied for asylum.", "agency_release", "2019-01..2019-08"],
    // A span of the sentence's own.
    ["Some 450 refugees have signed up for repatriation over the past 10 days.", "agency_release", "2019-01"],
    ["The office has registered 300 arrivals this month.", "agency_release", "2019-01"],
    ["31,720 refugees have returned in January alone.", "agency_release", "2019-01"],
    ["Some 1,250 Venezuelans have entered Peru daily.", "agency_release", "2019-01"],
    // The simple past and "has been" as a copula are no running totals.
    ["In the month, 320 refugees were registered at the camp.", "agency_release", "2019-01"],
    ["The office registered 300 arrivals.", "agency_release", "2019-01"],
    ["The caseload has been primarily Ethiopian, with 4,120 arrivals.", "agency_release", "2019-01"]
  ])("no running total in %s (%s)", (text, kind, reporting) =>
    expect(periods(text, kind, reporting).some((p) => p.endsWith("@2019-01-31"))).toBe(false)
  );
});
