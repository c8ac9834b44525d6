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

describe("detention placements", () => {
  it.each([
    [
      "In 2021, 640 foreigners were placed in the detention centre for illegal migrants.",
      "640@2021 detention_placements"
    ],
    ["In 2021, 85 irregular migrants were placed in detention facilities.", "85@2021 detention_placements"]
  ])("%j → %s", (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it("leaves migrants detected in breach of the rules as a detection", () => {
    expect(rows("In 2021, 1,204 illegal migrants were detected by the border service.")).toEqual([
      "1204@2021 irregular_migrants_detected"
    ]);
  });
});

describe("permits in force on a date", () => {
  it.each([
    ["As of 1 July 2021, 2,315 foreigners held valid work permits.", "2315@2021-07-01 work_permits_valid"],
    ["As of 1 January 2022, 4,100 foreigners were holders of work permits.", "4100@2022-01-01 work_permits_valid"],
    [
      "As of 1 January 2022, 12,876 foreigners had valid temporary residence permits.",
      "12876@2022-01-01 residence_permits_valid"
    ]
  ])("%j → %s", (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it("leaves permits issued (even for a stated validity) as permits issued", () => {
    expect(rows("In 2021, 3,050 work permits valid for one year were issued to foreigners.")).toEqual([
      "3050@2021 work_permits_issued"
    ]);
    expect(rows("In 2021, 3,412 foreigners were issued permanent residence permits.")).toEqual([
      "3412@2021 permanent_residence_permits_issued"
    ]);
  });
});
