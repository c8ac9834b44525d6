import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";

/** value@period indicator [category] (sex) of each observation of one unnumbered text, read as a release of the given reporting period and date. */
function rows(text: string, reporting = "2021", documentDate = "2022-04-15"): string[] {
  const paragraphs = [{number: "", start: 0, end: text.length}];
  const {observations} = extractStatements(text, paragraphs, {
    reportingPeriod: parseReportingPeriod(reporting),
    documentDate,
    claimed: []
  });
  return observations.map(
    (o) =>
      `${o.value}@${o.period.label} ${o.indicator}${o.category ? ` [${o.category}]` : ""}${o.sex ? ` (${o.sex})` : ""}`
  );
}

describe("running totals since a year", () => {
  it("run to the document's date, and do not frame the sentences after them", () => {
    expect(
      rows(
        "Since 2016, 300 foreigners were deported.\n\nA total of 15 victims of trafficking received one-time assistance."
      )
    ).toEqual(["300@2016-01-01..2022-04-15 deportations", "15@2021 trafficking_victims_assisted"]);
  });

  it("run to the end of the reporting period when the document is dated by its year alone", () => {
    expect(rows("Since the beginning of 2020, the service has deported 410 foreigners.", "2020-12", "2020")).toEqual([
      "410@2020 deportations"
    ]);
    expect(
      rows("Since the beginning of 2020, the service has deported 410 foreigners.", "2020-12-01..2020-12-14", "2020")
    ).toEqual(["410@2020-01-01..2020-12-14 deportations"]);
  });

  it("leaves a year that opens a sentence framing the sentences after it", () => {
    expect(
      rows("In 2019, 300 foreigners were deported. A total of 15 victims of trafficking received one-time assistance.")
    ).toEqual(["300@2019 deportations", "15@2019 trafficking_victims_assisted"]);
  });
});
