import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";

/** The observations of one unnumbered text, read as a release of the given reporting period and date. */
function observe(text: string, reporting = "2021", documentDate = "2022-04-15") {
  const paragraphs = [{number: "", start: 0, end: text.length}];
  return extractStatements(text, paragraphs, {
    reportingPeriod: parseReportingPeriod(reporting),
    documentDate,
    claimed: []
  }).observations;
}

/** value@period indicator [category] (sex) of each observation. */
function rows(text: string, reporting?: string, documentDate?: string): string[] {
  return observe(text, reporting, documentDate).map(
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
      "12876@2022-01-01 temporary_residence_permits_valid"
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

describe("the number of X stated as a figure", () => {
  it.each([
    [
      "The number of citizenship applications reached 1,876, of which 1,402 were granted.",
      ["1876@2021 citizenship_applications", "1402@2021 citizenship_granted"]
    ],
    [
      "In 2020, the number of foreigners registered at their place of stay was 254,310.",
      ["254310@2020 residence_registrations"]
    ],
    ["The total number of calls to the hotline amounted to 4,512.", ["4512@2021 hotline_calls"]],
    ["In 2020, the number of foreigners expelled from the country stood at 1,120.", ["1120@2020 deportations"]]
  ])("%j", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("reads the new figure after a change, and not the change", () => {
    expect(rows("In 2021, the number of foreigners granted citizenship decreased by 210 to 1,980.")).toEqual([
      "1980@2021 citizenship_granted"
    ]);
    expect(rows("In 2021, the number of calls to the hotline grew by 12% and reached 4,900.")).toEqual([
      "4900@2021 hotline_calls"
    ]);
    expect(rows("Articles 166 to 170 of the Code were amended in 2021.")).toEqual([]);
  });

  it("counts the head after 'number of', not the last noun before the figure", () => {
    expect(rows("In 2020, the number of work permit applications from foreign citizens reached 3,000.")).toEqual([
      "3000@2020 work_permit_applications"
    ]);
  });

  it("leaves an age or a rank stated as a predicate unread", () => {
    expect(rows("The number of trafficking victims identified was 71, and the youngest of them was 14.")).toEqual([
      "71@2021 trafficking_victims_identified"
    ]);
    expect(rows("The victim stayed in the shelter until she was 18.")).toEqual([]);
  });
});

describe("a part with a verb of its own", () => {
  it("is what its own verb names, not the verb of the count before it", () => {
    expect(
      rows("In August 2017, 43 foreigners were deported and 12 were readmitted under readmission agreements.")
    ).toEqual(["43@2017-08 deportations", "12@2017-08 readmissions"]);
    expect(rows("In 2021, 520 applications for citizenship were received, of which 410 were granted.")).toEqual([
      "520@2021 citizenship_applications",
      "410@2021 citizenship_granted"
    ]);
  });

  it("keeps the neighbour's verb when the part names none, or the same event", () => {
    expect(rows("In 2017, 43 foreigners were deported, compared with 12 in 2016.")).toEqual([
      "43@2017 deportations",
      "12@2016 deportations"
    ]);
    expect(
      rows("In 2019, police referred 22 victims of trafficking to shelters, while 15 were referred by NGOs.")
    ).toEqual([
      "22@2019 trafficking_victims_assisted [referred by police]",
      "15@2019 trafficking_victims_assisted [referred by ngos]"
    ]);
  });
});

describe("what counted things were about", () => {
  it.each([
    [
      "Over the past year, the hotline received 4,512 calls, 312 of which concerned trafficking in persons.",
      ["4512@2021 hotline_calls", "312@2021 hotline_calls [trafficking in persons]"]
    ],
    [
      "In 2021, the hotline received 2,100 calls; 640 calls related to labour migration and 215 concerned the legal status of foreigners.",
      [
        "2100@2021 hotline_calls",
        "640@2021 hotline_calls [labour migration]",
        "215@2021 hotline_calls [legal status of foreigners]"
      ]
    ],
    [
      "In 2021, the hotline received 900 calls, of which 120 concerned labour exploitation.",
      ["900@2021 hotline_calls", "120@2021 hotline_calls [labor trafficking]"]
    ]
  ])("%j", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("reads the topic after 'concerned' as the topic, not as what is counted", () => {
    const read = rows("In 2021, the hotline received 1,500 calls, of which 400 concerned work permits.");
    expect(read).toEqual(["1500@2021 hotline_calls", "400@2021 hotline_calls [work permits]"]);
  });

  it("gives no topic to a count whose words after it name none", () => {
    expect(rows("In 2021, the hotline received 4,512 calls, 312 of which came from abroad.")).not.toContainEqual(
      expect.stringContaining("[")
    );
  });
});

describe("kinds of removal", () => {
  it("sets apart those ordered to leave and those removed in administrative order", () => {
    expect(
      rows(
        "In 2021, decisions were made on 1,402 foreigners to leave the territory within 48 hours and on 251 foreigners to be removed in administrative order."
      )
    ).toEqual(["1402@2021 deportations [ordered to leave]", "251@2021 deportations [administrative removal]"]);
    expect(rows("In 2021, 96 foreigners were administratively expelled from the country.")).toEqual([
      "96@2021 deportations [administrative removal]"
    ]);
  });

  it("reads a court decision after where they were expelled from", () => {
    expect(rows("In 2021, 87 foreigners were expelled from the country by court decision.")).toEqual([
      "87@2021 deportations [by court decision]"
    ]);
  });

  it("gives a removal with no kind stated no category", () => {
    expect(
      rows("In 2021, 1,120 foreigners who violated the migration legislation were expelled from the country.")
    ).toEqual(["1120@2021 deportations"]);
  });
});

describe("a count with its parts in brackets before its verb", () => {
  it("is read by the verb after the brackets, and the parts share it", () => {
    expect(
      rows(
        "In 2020, 14 individuals (+1, 9 female, 5 male) were involved as defendants in criminal cases on trafficking in persons."
      )
    ).toEqual([
      "14@2020 trafficking_prosecutions",
      "9@2020 trafficking_prosecutions (female)",
      "5@2020 trafficking_prosecutions (male)"
    ]);
  });

  it("does not take a verb beyond the next count", () => {
    expect(
      rows(
        "In 2020, 30 victims of trafficking (12 women) were identified and 18 persons were convicted of trafficking."
      )
    ).toEqual([
      "30@2020 trafficking_victims_identified",
      "12@2020 trafficking_victims_identified (female)",
      "18@2020 trafficking_convictions"
    ]);
  });
});

describe("monthly release figures", () => {
  it.each([
    [
      "As of 1 January 2022, 14,233 foreigners held temporary residence permits and 3,102 held permanent residence permits.",
      ["14233@2022-01-01 temporary_residence_permits_valid", "3102@2022-01-01 permanent_residence_permits_valid"]
    ],
    [
      "In the first nine months of 2021, residence permits were extended for 2,450 foreigners.",
      ["2450@2021-01-01..2021-09-30 residence_permit_extensions"]
    ],
    [
      "In the second half of 2021, 312 foreigners were placed in the detention centre for illegal migrants, and 298 were released from it.",
      ["312@2021H2 detention_placements", "298@2021H2 detention_releases"]
    ],
    [
      "In 2021, 2,412 foreigners were issued permanent residence permits and 8,870 received temporary residence permits.",
      ["2412@2021 permanent_residence_permits_issued", "8870@2021 temporary_residence_permits_issued"]
    ],
    [
      "In 2021, 500 temporary residence permits were issued and 300 permits were extended.",
      ["500@2021 temporary_residence_permits_issued", "300@2021 temporary_residence_permit_extensions"]
    ]
  ])("%j", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("reads a figure after an opening comparison in the main clause's period, not the compared one", () => {
    expect(
      rows(
        "In the first quarter of 2022, work permits were issued to 1,845 foreigners. Compared with the same period of last year, the number of foreigners registered at their place of stay increased by 12 percent and reached 28,450.",
        "2022Q1",
        "2022-04-15"
      )
    ).toEqual(["1845@2022Q1 work_permits_issued", "28450@2022Q1 residence_registrations"]);
  });

  it("keeps a figure in a when-clause of the comparison in the compared period", () => {
    expect(
      rows(
        "Compared with the same period in 2021, when 6,296 foreigners were registered at their place of stay, the number grew.",
        "2022"
      )
    ).toEqual(["6296@2021 residence_registrations"]);
  });

  it("does not read meetings held or people held as permits in force", () => {
    expect(rows("In 2021, 40 meetings were held with employers of foreign workers.")).not.toContainEqual(
      expect.stringContaining("_valid")
    );
    expect(rows("In 2021, 85 foreigners were held in detention facilities.")).toEqual(["85@2021 detention_placements"]);
  });
});

describe("coordinators' statements", () => {
  it.each([
    [
      "In 2021, the hotline received 1,204 calls, of which 96 were related to trafficking in persons and 310 to labour migration.",
      [
        "1204@2021 hotline_calls",
        "96@2021 hotline_calls [trafficking in persons]",
        "310@2021 hotline_calls [labour migration]"
      ]
    ],
    ["In 2021, courts convicted 29 persons for trafficking in persons.", ["29@2021 trafficking_convictions"]],
    [
      "In 2021, 1,330 foreigners were deported, including 1,120 by court decision.",
      ["1330@2021 deportations", "1120@2021 deportations [by court decision]"]
    ],
    [
      "In 2021, 4,120 applications for work permits were received, 3,980 work permits were issued and 140 applications were rejected.",
      ["4120@2021 work_permit_applications", "3980@2021 work_permits_issued", "140@2021 work_permit_refusals"]
    ]
  ])("%j", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("reads the sector parts were employed in, and no place as a sector", () => {
    expect(
      rows(
        "In 2021, work permits were issued to 4,102 foreign citizens, 2,315 of whom were employed in construction and 540 in trade."
      )
    ).toEqual([
      "4102@2021 work_permits_issued",
      "2315@2021 work_permits_issued [construction]",
      "540@2021 work_permits_issued [trade]"
    ]);
    expect(rows("In 2021, work permits were issued to 150 foreign citizens employed in Baku.")).toEqual([
      "150@2021 work_permits_issued"
    ]);
  });

  it("takes a bare 'to X' as a topic only after a part that named one", () => {
    expect(
      rows("In 2021, 30 victims of trafficking were identified and 12 were referred to shelters.")
    ).not.toContainEqual(expect.stringContaining("[shelters]"));
  });
});

describe("active verbs before each count, and applications decided", () => {
  it("gives each count the verb before it, not the next count's", () => {
    expect(
      rows(
        "In January 2022, the service issued 1,210 work permits, extended 640 work permits and registered 21,300 foreigners at their place of stay."
      )
    ).toEqual([
      "1210@2022-01 work_permits_issued",
      "640@2022-01 work_permit_extensions",
      "21300@2022-01 residence_registrations"
    ]);
  });

  it("keeps a verb after a comma that is no next count's (a passive verb after its count)", () => {
    expect(rows("In 2021, 3,000 foreigners, including 1,200 women, were deported.")).toEqual([
      "3000@2021 deportations",
      "1200@2021 deportations (female)"
    ]);
  });

  it.each([
    [
      "In 2021, 12,430 applications were submitted for temporary residence permits, of which 11,870 were approved.",
      ["12430@2021 residence_permit_applications", "11870@2021 temporary_residence_permits_issued"]
    ],
    [
      "In 2021, the commission considered 3,200 applications for citizenship, 2,900 of which were granted.",
      ["3200@2021 citizenship_applications", "2900@2021 citizenship_granted"]
    ],
    [
      "During January-September 2021, 9 persons were recognized as stateless.",
      ["9@2021-01-01..2021-09-30 stateless_persons_recognized"]
    ]
  ])("%j", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("parts by whom they went to, and amounts per person", () => {
  it("gives parts issued to citizens of a country that citizenship", () => {
    expect(
      rows(
        "In 2021, 2,764 work permits were issued to foreigners, of which 1,830 were issued to citizens of Turkey, 312 to citizens of China and 205 to citizens of Iran."
      )
    ).toEqual([
      "2764@2021 work_permits_issued",
      "1830@2021 work_permits_issued",
      "312@2021 work_permits_issued",
      "205@2021 work_permits_issued"
    ]);
    const text =
      "In 2021, 2,764 work permits were issued to foreigners, of which 1,830 were issued to citizens of Turkey, 312 to citizens of China.";
    const extracted = observe(text);
    expect(extracted.map((o) => [o.value, o.citizenship, o.category])).toEqual([
      [2764, null, null],
      [1830, "Turkey", null],
      [312, "China", null]
    ]);
  });

  it("reads no part from a bare 'to' with no citizens after it", () => {
    expect(rows("In 2021, 2,764 work permits were issued, compared to 2,100 in 2020.")).toEqual([
      "2764@2021 work_permits_issued",
      "2100@2020 work_permits_issued"
    ]);
  });

  it("reads the total paid as funding for victims", () => {
    expect(
      rows("In 2021, 37 victims of trafficking were provided with financial assistance totalling 18,500 manats.")
    ).toEqual(["37@2021 trafficking_victims_assisted", "18500@2021 trafficking_victim_funding"]);
  });

  it("leaves an amount paid to each person out of the statistics", () => {
    expect(
      rows("In 2021, 15 victims of trafficking received one-time financial assistance of 400 manats each.")
    ).toEqual(["15@2021 trafficking_victims_assisted"]);
  });
});
