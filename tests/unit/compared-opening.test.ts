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

describe("a sentence opening by setting the count before it against a figure states the figure for the year before", () => {
  const tip = (text: string) =>
    extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parseReportingPeriod("2022-01-01..2022-12-31"),
      documentDate: "2023-06-15",
      claimed: []
    }).observations.map((o) => `${o.value}@${o.period.label}`);
  it.each([
    [
      "In 2022, the ministry conducted 266 investigations. This was a decrease compared with 332 investigations.",
      "332@2021"
    ],
    [
      "In 2022, the ministry conducted 266 investigations. This was an increase compared with 201 investigations.",
      "201@2021"
    ],
    [
      "In 2022, the government identified 560 trafficking victims. This was a significant increase compared with 403 victims.",
      "403@2021"
    ],
    ["In 2022, the government prosecuted 30 trafficking cases. This represents an increase from 22 cases.", "22@2021"],
    ["In 2022, courts convicted 15 traffickers. This was a slight decrease compared to 19 traffickers.", "19@2021"],
    ["In 2022, courts convicted 15 traffickers. That was a decline from 19 convictions.", "19@2021"],
    ["In 2022, courts convicted 15 traffickers. It was a sharp rise compared with nine traffickers.", "9@2021"],
    ["In 2022, authorities investigated 48 trafficking cases. This marked a reduction from 60 cases.", "60@2021"],
    [
      "In 2022, the ministry conducted 266 investigations. This was a decrease compared with 332 investigations – 122 cases of forced labor and 27 cases of sexual exploitation.",
      "122@2021"
    ],
    [
      "In 2022, the ministry conducted 266 investigations. This was a decrease compared with 332 investigations – 122 cases of forced labor and 27 cases of sexual exploitation.",
      "27@2021"
    ]
  ])("%s", (text, row) => expect(tip(text)).toContain(row));

  it.each([
    // A comparison that names its own year keeps it.
    ["In 2022, courts convicted 15 traffickers. This was a decrease compared with 19 traffickers in 2020.", "19@2020"],
    // The sentence after the comparison speaks of the report's year again.
    [
      "In 2022, police conducted 266 investigations. This was a decrease compared with 332 investigations. Police also identified 57 victims.",
      "57@2022"
    ]
  ])("%s", (text, row) => expect(tip(text)).toContain(row));
});
