import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel, parseReportingPeriod} from "../../loaders/periods/parse-period.js";
import {spanInYear} from "../../loaders/general/resolve-same-span.js";

function read(text: string, reporting = "2023-06"): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: "2023-08-01",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label} ${o.indicator}`);
}

describe("a sentence opening on a compared figure sets it against the count before", () => {
  it.each([
    [
      "During January-June 2023, remittances amounted to 632.9 million euros. Compared to 555.4 million euros in 2022, there is an increase.",
      "555400000@2022H1 remittances"
    ],
    ["In 2019, 1,204 migrants were deported. Compared with 980 in 2018, this is an increase.", "980@2018 deportations"],
    ["In 2019, 1,204 migrants were deported. Compared to 980 in 2018, the number rose.", "980@2018 deportations"],
    [
      "In 2019, 1,204 migrants were deported. In comparison with 980 in 2018, the number rose.",
      "980@2018 deportations"
    ],
    ["In 2019, 1,204 migrants were deported. As against 980 in 2018, the number rose.", "980@2018 deportations"],
    ["In 2019, 1,204 migrants were deported. Compared with about 980 in 2018, this is more.", "980@2018 deportations"],
    ["In 2019, 1,204 migrants were deported. This is compared with 980 in 2018.", "980@2018 deportations"],
    [
      "In the first quarter of 2023, 412 work permits were issued. Compared with 390 in 2022, more permits were issued.",
      "390@2022Q1 work_permits_issued"
    ],
    [
      "In January-March 2023, remittances reached $150 million. Compared to $120 million in 2022, they rose by a quarter.",
      "120000000@2022Q1 remittances"
    ],
    [
      "In 2022, 2,300 asylum applications were received. Compared to 1,900 in 2021, applications grew.",
      "1900@2021 asylum_applications"
    ],
    [
      "In 2022, 57 trafficking victims were identified. Compared with 49 in 2021, the number rose.",
      "49@2021 trafficking_victims_identified"
    ]
  ])("%s", (text, expected) => {
    expect(read(text, "2023")).toContain(expected);
  });
});

describe("what is no compared figure, and spans that stay", () => {
  it("a year compared with opens no figure", () => {
    expect(read("In 2019, 1,204 migrants were deported. Compared to 2018: departures rose.", "2019")).toEqual([
      "1204@2019 deportations"
    ]);
  });

  it.each([
    ["2022", "2023-01-01..2023-12-31", null],
    ["2022", "2022-01-01..2022-06-30", null],
    ["2022", "2023-01-01..2023-06-30", "2022H1"],
    ["2020", "2024-02-01..2024-02-29", "2020-02"],
    ["2021", "2024-02-01..2024-02-29", "2021-02"]
  ])("%s against %s", (year, against, label) => {
    expect(spanInYear(parsePeriodLabel(year)!, parseReportingPeriod(against))?.label ?? null).toBe(label);
  });
});
