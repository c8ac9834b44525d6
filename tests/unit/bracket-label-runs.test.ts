import {describe, expect, it} from "vitest";
import {bracketLabels} from "../../loaders/general/read-bracket-labels.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {observations, rows} from "./read-paragraph.js";

/** "figure=label" of each bracketed figure of a run. */
const labelled = (text: string) => {
  const qs = findQuantities(text).filter((q) => !q.excluded);
  return [...bracketLabels(text, qs)].map(([k, label]) => `${qs[k].text}=${label}`);
};

describe("each bracketed figure of a run is named by the words before its bracket", () => {
  it.each([
    [
      "In 2019, 86,000 residence permits were issued, mostly for employment (61,432), family reunification (14,047) and studies (10,057).",
      [
        "86000@2019 residence_permits_issued []",
        "61432@2019 residence_permits_issued [employment]",
        "14047@2019 residence_permits_issued [family reunification]",
        "10057@2019 residence_permits_issued [studies]"
      ]
    ],
    [
      "In 2019, 9,000 residence permits were issued for work (5,000), study (3,000) and family (1,000).",
      [
        "9000@2019 residence_permits_issued []",
        "5000@2019 residence_permits_issued [work]",
        "3000@2019 residence_permits_issued [study]",
        "1000@2019 residence_permits_issued [family]"
      ]
    ],
    [
      "In 2019, 2,400 residence permits were issued for employment (1,200), business (700) and medical treatment (500).",
      [
        "2400@2019 residence_permits_issued []",
        "1200@2019 residence_permits_issued [work]",
        "700@2019 residence_permits_issued [business]",
        "500@2019 residence_permits_issued [medical treatment]"
      ]
    ],
    [
      "In 2019, 640 visas were issued, mainly for tourism (400), transit (120) and study (80).",
      [
        "640@2019 visas_issued []",
        "400@2019 visas_issued [tourism]",
        "120@2019 visas_issued [transit]",
        "80@2019 visas_issued [study]"
      ]
    ],
    [
      "In 2019, 1,500 work permits were granted for agriculture (900), construction (400) and tourism (200).",
      [
        "1500@2019 work_permits_issued []",
        "900@2019 work_permits_issued [agriculture]",
        "400@2019 work_permits_issued [construction]",
        "200@2019 work_permits_issued [tourism]"
      ]
    ],
    [
      "In 2019, 300 asylum applications were rejected, mostly for inadmissibility (200), lack of grounds (70) and incomplete files (30).",
      [
        "300@2019 asylum_applications_rejected []",
        "200@2019 asylum_applications_rejected [inadmissibility]",
        "70@2019 asylum_applications_rejected [lack of grounds]",
        "30@2019 asylum_applications_rejected [incomplete files]"
      ]
    ],
    [
      "In 2019, 45 migrants were deported for overstaying (25), illegal work (15) and forged documents (5).",
      [
        "45@2019 deportations []",
        "25@2019 deportations [overstaying]",
        "15@2019 deportations [illegal work]",
        "5@2019 deportations [forged documents]"
      ]
    ],
    [
      "In 2019, 900 foreigners registered for work (500), family reunification (300) and studies (100).",
      [
        "900@2019 residence_registrations []",
        "500@2019 residence_registrations [work]",
        "300@2019 residence_registrations [family reunification]",
        "100@2019 residence_registrations [studies]"
      ]
    ],
    [
      "In 2019, 70 work permits were revoked for illegal employment (40), fraud (20) and other reasons (10).",
      [
        "70@2019 work_permits []",
        "40@2019 work_permits [illegal employment]",
        "20@2019 work_permits [fraud]",
        "10@2019 work_permits [other reasons]"
      ]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2019", "2020")).toEqual(expected);
  });

  it("both women (45) and men (30): each of its own sex", () => {
    const text = "The government identified 75 victims in 2019. Both women (45) and men (30) were identified.";
    expect(observations(text, "2019", "2020").map((o) => `${o.value} ${o.sex ?? "-"}`)).toEqual([
      "75 -",
      "45 female",
      "30 male"
    ]);
  });

  it.each([
    [
      "mostly for employment (61,432), family reunification (14,047) and studies (10,057)",
      ["61,432=employment", "14,047=family reunification", "10,057=studies"]
    ],
    ["both women (45) and men (30)", ["45=women", "30=men"]],
    [
      "followed by politics (12,502), membership in a certain social group (7,192) and race (3,897)",
      ["12,502=politics", "7,192=membership in a certain social group", "3,897=race"]
    ],
    [
      "family conflicts (199); legal matters (282); and other matters (156)",
      ["199=family conflicts", "282=legal matters", "156=other matters"]
    ],
    ["in forced labor (12) or sex trafficking (30)", ["12=forced labor", "30=sex trafficking"]],
    ["for tourism (400), transit (120), and study (80)", ["400=tourism", "120=transit", "80=study"]]
  ])("%s", (text, expected) => {
    expect(labelled(text)).toEqual(expected);
  });
});

describe("figures that are no run of labelled brackets", () => {
  it.each([
    "prosecuted 20 suspects (15 in 2018) and convicted 9 traffickers (4 in 2018)",
    "from Italy (8,797), Sweden (7,314) and France (4,723)",
    "employment (61,432) in 2019",
    "the 45 (in 2018) and 30 (in 2019) cases"
  ])("%s", (text) => {
    expect(labelled(text)).toEqual([]);
  });
});

describe("a run whose brackets hold each figure with the noun it counts is named by the words before each bracket", () => {
  it.each([
    [
      "followed by forced begging (16 victims), forced labor (15 victims), forced marriage (seven victims)",
      ["16=forced begging", "15=forced labor", "seven=forced marriage"]
    ],
    [
      "exploited in sex trafficking (40 victims), forced labor (15 victims) and forced begging (6 victims)",
      ["40=sex trafficking", "15=forced labor", "6=forced begging"]
    ],
    [
      "cases of sexual exploitation (12 cases) and labour exploitation (9 cases)",
      ["12=sexual exploitation", "9=labour exploitation"]
    ],
    ["permits for employment (61,432 permits) and studies (10,057 permits)", ["61,432=employment", "10,057=studies"]],
    [
      "for family reunification (400 persons), work (300 persons) and study (100 persons)",
      ["400=family reunification", "300=work", "100=study"]
    ],
    [
      "prosecuted for forced labor (three defendants) and sex trafficking (five defendants)",
      ["three=forced labor", "five=sex trafficking"]
    ],
    [
      "in domestic servitude (2 victims), forced criminality (3 victims)",
      ["2=domestic servitude", "3=forced criminality"]
    ],
    ["returned by land (1,200 persons) and by air (300 persons)", ["1,200=land", "300=air"]],
    [
      "identified in agriculture (14 workers), construction (9 workers) and fishing (4 workers)",
      ["14=agriculture", "9=construction", "4=fishing"]
    ],
    [
      "referred to state shelters (11 victims) or to private shelters (6 victims)",
      ["11=state shelters", "6=private shelters"]
    ]
  ])("%s", (text, expected) => expect(labelled(text)).toEqual(expected));

  it.each([
    "Arrivals rose in the north (27 per cent) and the south (13 per cent).",
    "It identified 57 victims (63 in 2015) and 20 suspects (18 in 2015)."
  ])("names no run in %s", (text) => expect(labelled(text)).toEqual([]));
});
