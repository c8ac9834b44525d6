import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {INDICATORS, REGISTRY} from "../../loaders/registry/index.js";
import {REPORTED_VOCABULARY} from "../../loaders/registry/reported-vocabulary.js";

/** The general reader's indicator, unit and breakdown for each number of one invented paragraph. */
function read(text: string) {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2021",
    claimed: []
  });
  return r.observations.map((o) => ({
    value: o.value,
    indicator: o.indicator,
    unit: o.unit,
    category: o.category,
    citizenship: o.citizenship,
    country: o.country
  }));
}
const indicatorOf = (text: string, value: number) => read(text).find((o) => o.value === value)?.indicator;

describe("vocabulary of indicators specs name", () => {
  it("is given only to indicators the registry holds, which the general reader then maps to", () => {
    for (const id of Object.keys(REPORTED_VOCABULARY)) {
      expect(REGISTRY.filter((i) => i.id === id)).toHaveLength(1);
      expect(INDICATORS.find((i) => i.id === id)?.vocabulary).toBe(REPORTED_VOCABULARY[id]);
    }
  });

  // [sentence, number, indicator, whether the sentence states it]
  it.each<[string, number, string, boolean]>([
    [
      "In 2020, 412 foreign citizens were registered in the national health insurance system.",
      412,
      "foreigners_registered_health_system",
      true
    ],
    [
      "During 2019-2020, 77 migrants were registered with the health insurance fund of the Ministry.",
      77,
      "foreigners_registered_health_system",
      true
    ],
    [
      "In 2020, 412 foreign citizens were registered at their place of residence.",
      412,
      "foreigners_registered_health_system",
      false
    ],
    [
      "In 2020, 412 foreign citizens received health care in public hospitals.",
      412,
      "foreigners_registered_health_system",
      false
    ],
    [
      "In 2020 the return of 25 migrants to their home countries was organised at the request of UNHCR.",
      25,
      "returns_at_request_of_iom_mia",
      true
    ],
    [
      "The return of 8 foreigners was ensured upon the request of the Embassy in 2020.",
      8,
      "returns_at_request_of_iom_mia",
      true
    ],
    ["In 2020, 25 migrants returned to their home countries.", 25, "returns_at_request_of_iom_mia", false],
    ["In 2020, 25 migrants requested asylum.", 25, "returns_at_request_of_iom_mia", false],
    [
      "In 2020, 6 non-governmental organisations were established by foreign citizens.",
      6,
      "ngos_founded_by_foreigners",
      true
    ],
    [
      "In 2020, 6 non-governmental organisations were established by the Ministry.",
      6,
      "ngos_founded_by_foreigners",
      false
    ],
    ["There are 40 Armenian diaspora organisations operating in France.", 40, "diaspora_organisations", true],
    ["In 2020, 40 organisations of migrants were registered in France.", 40, "diaspora_organisations", false],
    ["In 2020 the register listed 300 diaspora organisations from 31 countries.", 31, "diaspora_countries", true],
    ["In 2020, migrants arrived from 31 countries.", 31, "diaspora_countries", false],
    [
      "In 2020 the police uncovered a scheme of illegal migration. A criminal case was filed against 5 Georgian citizens.",
      5,
      "illegal_migration_organisers_charged",
      true
    ],
    [
      "In 2020, 7 foreigners were charged with organising illegal migration across the border.",
      7,
      "illegal_migration_organisers_charged",
      true
    ],
    [
      "In 2020 a criminal case was filed against 5 Georgian citizens for theft.",
      5,
      "illegal_migration_organisers_charged",
      false
    ],
    [
      "In 2020, illegal migration fell; 7 foreigners were detained at the border.",
      7,
      "illegal_migration_organisers_charged",
      false
    ],
    [
      "In 2020, 1,250 family members of migrant workers were issued temporary residence permits.",
      1250,
      "temporary_residence_permits_family_members",
      true
    ],
    [
      "During 2019, 310 family members were granted temporary residence permits.",
      310,
      "temporary_residence_permits_family_members",
      true
    ],
    [
      "In 2021, 95 family members of foreign workers obtained temporary residence permits.",
      95,
      "temporary_residence_permits_family_members",
      true
    ],
    [
      "A total of 2,300 family members of migrants were issued temporary residence permits in 2019.",
      2300,
      "temporary_residence_permits_family_members",
      true
    ],
    [
      "In 2017, 640 family members of refugees were granted temporary residence.",
      640,
      "temporary_residence_permits_family_members",
      true
    ],
    [
      "In 2020, 1,250 foreigners were issued temporary residence permits.",
      1250,
      "temporary_residence_permits_family_members",
      false
    ],
    [
      "In 2020, 400 family members were issued permanent residence permits.",
      400,
      "temporary_residence_permits_family_members",
      false
    ],
    [
      "In 2020, 1,250 family members of migrant workers applied for temporary residence permits.",
      1250,
      "temporary_residence_permits_family_members",
      false
    ],
    [
      "In 2018, 312 foreigners received inpatient treatment in public hospitals.",
      312,
      "foreigners_inpatient_treatment",
      true
    ],
    ["In 2019 the number of migrants hospitalised was 95.", 95, "foreigners_inpatient_treatment", true],
    ["In 2020, 40 foreign citizens were hospitalized with COVID-19.", 40, "foreigners_inpatient_treatment", true],
    ["In 2021, 64 foreigners were admitted to inpatient treatment.", 64, "foreigners_inpatient_treatment", true],
    ["In 2019, 1,024 migrants were hospitalised in state clinics.", 1024, "foreigners_inpatient_treatment", true],
    ["In 2020, 210 foreign nationals received in-patient care.", 210, "foreigners_inpatient_treatment", true],
    ["In 2020, 412 foreign citizens received outpatient care.", 412, "foreigners_inpatient_treatment", false],
    ["In 2020, 210 foreign nationals were treated as outpatients.", 210, "foreigners_inpatient_treatment", false],
    [
      "As of 30 June 2020, the number of illegal migrants in the territory of the country is around 7,000.",
      7000,
      "illegal_migrants_estimated",
      true
    ],
    [
      "In 2019, an estimated 12,000 irregular migrants were living in the country.",
      12000,
      "illegal_migrants_estimated",
      true
    ],
    [
      "By the end of 2020, some 40,000 undocumented migrants resided in the capital.",
      40000,
      "illegal_migrants_estimated",
      true
    ],
    [
      "In 2019, 1,200 illegal migrants were detected in the territory of the country.",
      1200,
      "illegal_migrants_estimated",
      false
    ],
    ["In 2020, 310 illegal migrants were deported from the country.", 310, "illegal_migrants_estimated", false],
    [
      "In 2020, 22,000 citizens were registered with the consulates abroad.",
      22000,
      "citizens_registered_consular_abroad",
      true
    ],
    [
      "In 2020, 800 citizens living abroad were registered at embassies.",
      800,
      "citizens_registered_consular_abroad",
      true
    ],
    [
      "The number of citizens registered in consular offices abroad for 2019 was 16,000.",
      16000,
      "citizens_registered_consular_abroad",
      true
    ],
    [
      "In 2020, 2,000 foreigners were registered at their place of stay.",
      2000,
      "citizens_registered_consular_abroad",
      false
    ],
    [
      "In 2020, 120 foreigners applied to the consular section for visas.",
      120,
      "citizens_registered_consular_abroad",
      false
    ]
  ])("%s (%i → %s: %s)", (text, value, indicator, states) => {
    expect(indicatorOf(text, value) === indicator).toBe(states);
  });

  it("counts organisations of a diaspora by the country they work in, not by a citizenship", () => {
    expect(read("There are 40 Armenian diaspora organisations operating in France in 2020.")).toEqual([
      {
        value: 40,
        indicator: "diaspora_organisations",
        unit: "organisations",
        category: null,
        citizenship: null,
        country: "France"
      }
    ]);
  });

  it("keeps the citizenship of people a demonym names", () => {
    expect(read("In 2020, 12 Armenian migrants were granted work permits.")[0]).toMatchObject({
      value: 12,
      citizenship: "Armenia"
    });
  });

  it("reads funding of non-governmental projects, on trafficking where the paragraph speaks of it", () => {
    const grants =
      "The Council on State Support to Non-Governmental Organizations funded projects of NGOs for migrants. Thus, 12 projects in the amount of 50,000 manats in 2020 were funded.";
    expect(read(grants).map((o) => [o.value, o.indicator, o.unit])).toEqual([
      [12, "ngo_projects_funded_migration", "projects"],
      [50000, "ngo_funding_migration", "manats"]
    ]);
    const trafficking =
      "The Council on State Support to Non-Governmental Organizations allocated 30,000 manats for 6 projects on human trafficking in 2020.";
    expect(read(trafficking).map((o) => [o.value, o.indicator, o.unit])).toEqual([
      [30000, "ngo_funding_trafficking", "manats"],
      [6, "ngo_projects_funded_trafficking", "projects"]
    ]);
  });

  it("does not take projects that no non-governmental organisation runs for funding of them", () => {
    const indicators = read("In 2020 the Ministry carried out 12 projects for migrants.").map((o) => o.indicator);
    expect(indicators.some((i) => i.startsWith("ngo_"))).toBe(false);
  });
});
