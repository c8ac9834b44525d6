import {describe, expect, it} from "vitest";
import {countryRows, observations} from "./read-paragraph.js";

/** Each observation as "value indicator country/citizenship", read in a report on 2008 dated 2009-02-03. */
const read = (text: string) =>
  observations(text, "2008", "2009-02-03").map(
    (o) => `${o.value} ${o.indicator} ${o.country ?? "-"}/${o.citizenship ?? "-"}`
  );

describe("a gapped list of states and permits names the holders' nationalities", () => {
  it.each([
    [
      "Labor issued 12,000 work permits in 2008; China had 4,567; Korea, 729; Thailand, 574.",
      [
        "12000 work_permits_issued -/-",
        "4567 work_permits_issued -/China",
        "729 work_permits_issued -/Korea",
        "574 work_permits_issued -/Thailand"
      ]
    ],
    [
      "The ministry granted 3,100 residence permits in 2008; India had 900, Nepal 640 and Bangladesh 310.",
      [
        "3100 residence_permits_issued -/-",
        "900 residence_permits_issued -/India",
        "640 residence_permits_issued -/Nepal",
        "310 residence_permits_issued -/Bangladesh"
      ]
    ],
    [
      "In 2008 the office issued 2,400 visas; China received 1,100, Japan, 530, and Korea, 220.",
      ["2400 visas_issued -/-", "1100 visas_issued -/China", "530 visas_issued -/Japan", "220 visas_issued -/Korea"]
    ],
    [
      "Labor issued 9,000 work permits in 2008; Vietnam had 5,100; China, 2,300; Bangladesh, 600.",
      [
        "9000 work_permits_issued -/-",
        "5100 work_permits_issued -/Vietnam",
        "2300 work_permits_issued -/China",
        "600 work_permits_issued -/Bangladesh"
      ]
    ],
    [
      "The office extended 1,500 work permits in 2008; Nepal had 700 and India 400.",
      ["1500 work_permit_extensions -/-", "700 work_permit_extensions -/Nepal", "400 work_permit_extensions -/India"]
    ],
    [
      "In 2008 the department granted 640 permanent residence permits; Jamaica had 210, Guyana, 150, and Haiti, 90.",
      [
        "640 permanent_residence_permits_issued -/-",
        "210 permanent_residence_permits_issued -/Jamaica",
        "150 permanent_residence_permits_issued -/Guyana",
        "90 permanent_residence_permits_issued -/Haiti"
      ]
    ],
    [
      "The ministry issued 2,000 temporary residence permits in 2008; Syria had 800, Iraq 500 and Iran 200.",
      [
        "2000 temporary_residence_permits_issued -/-",
        "800 temporary_residence_permits_issued -/Syria",
        "500 temporary_residence_permits_issued -/Iraq",
        "200 temporary_residence_permits_issued -/Iran"
      ]
    ]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("a state and its number may be set apart by a comma", () => {
  it.each([
    [
      "Rwanda hosts 72,007 Burundian refugees, Tanzania, 164,873 and Uganda, 48,275.",
      [
        "72007 refugees_hosted Rwanda/Burundi",
        "164873 refugees_hosted Tanzania/Burundi",
        "48275 refugees_hosted Uganda/Burundi"
      ]
    ],
    [
      "Germany deported 208 people in 2008; Sweden, 95; Austria, 40.",
      ["208 deportations Germany/-", "95 deportations Sweden/-", "40 deportations Austria/-"]
    ]
  ])("%s", (text, rows) => expect(read(text)).toEqual(rows));
});

describe("what is read as before", () => {
  it("states that gave the permits stay the places", () => {
    expect(read("In 2008, South Africa issued 3,100 work permits, Botswana 900 and Namibia 420.")).toEqual([
      "3100 work_permits_issued South Africa/-",
      "900 work_permits_issued Botswana/-",
      "420 work_permits_issued Namibia/-"
    ]);
  });
  it("the reporting state itself stays the place, the others are nationalities", () => {
    expect(
      countryRows("Labor issued 800 work permits in 2008; Palau had 300, Guam 200.", "Palau", "2008", "2009-02-03")
    ).toEqual(["800 -/-", "300 Palau/-", "200 -/Guam"]);
  });
  it("a list of places where refugees are hosted keeps them as places", () => {
    expect(read("Rwanda hosts 72,007 Burundian refugees, Tanzania 164,873 and Uganda 48,275.")).toEqual([
      "72007 refugees_hosted Rwanda/Burundi",
      "164873 refugees_hosted Tanzania/Burundi",
      "48275 refugees_hosted Uganda/Burundi"
    ]);
  });
  it("a list of counts with no state opening it names no place", () => {
    const places = read("Labor issued 12,000 work permits in 2008; 4,567 were renewed; 729, cancelled.").map((r) =>
      r.split(" ").at(-1)
    );
    expect(places.length).toBeGreaterThan(1);
    expect(new Set(places)).toEqual(new Set(["-/-"]));
  });
});
