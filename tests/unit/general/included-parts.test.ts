import {describe, expect, it} from "vitest";
import {opensOnIncluded} from "../../../loaders/general/read-anaphoric-part.js";
import {observations} from "../read-paragraph.js";

/** "value citizenship/age/category" of every row of one paragraph of a 2020 report. */
const rows = (text: string) =>
  observations(text, "2020", "2021-06-01").map(
    (o) => `${o.value} ${o.citizenship ?? "-"}/${o.age_group ?? "-"}/${o.category ?? "-"}@${o.period.label}`
  );

describe("a sentence opening on “This included” lists the parts of the count just before", () => {
  it.each([
    [
      "The government identified 19 trafficking victims. This included three Namibian children and one Namibian adult exploited in sex trafficking.",
      ["3 Namibia/child/sex trafficking@2020", "1 Namibia/adult/sex trafficking@2020"]
    ],
    [
      "Police identified 25 trafficking victims in 2020. These included six Angolan children and six Angolan adults exploited in domestic servitude.",
      ["6 Angola/child/domestic servitude@2020", "6 Angola/adult/domestic servitude@2020"]
    ],
    [
      "The government identified 40 trafficking victims. They included 12 Nepali women exploited in forced labor and eight Indian men exploited in forced labor.",
      ["12 Nepal/adult/forced labor@2020", "8 India/adult/forced labor@2020"]
    ],
    [
      "Authorities identified 31 trafficking victims. This included two Zambian children and five Zambian adults subjected to forced labor.",
      ["2 Zambia/child/forced labor@2020", "5 Zambia/adult/forced labor@2020"]
    ],
    [
      "NGOs identified 17 trafficking victims during the year. This included four Kenyan girls and one Kenyan woman exploited in sex trafficking.",
      ["4 Kenya/child/sex trafficking@2020", "1 Kenya/adult/sex trafficking@2020"]
    ],
    [
      "The government identified 52 trafficking victims. These included 30 Filipino adults exploited in domestic servitude and 22 Filipino children.",
      ["30 Philippines/adult/domestic servitude@2020"]
    ],
    [
      "Officials identified 14 trafficking victims. This included one Zimbabwean adult exploited in sex trafficking.",
      ["1 Zimbabwe/adult/sex trafficking@2020"]
    ],
    [
      "The ministry identified 63 trafficking victims. They comprised 41 Ghanaian children and 22 Ghanaian adults exploited in forced labor.",
      ["41 Ghana/child/forced labor@2020", "22 Ghana/adult/forced labor@2020"]
    ],
    [
      "The government identified 28 trafficking victims. This included nine Malawian children and three Malawian adults exploited in forced labor.",
      ["9 Malawi/child/forced labor@2020", "3 Malawi/adult/forced labor@2020"]
    ],
    [
      "Police identified 20 trafficking victims. These included five Ugandan children and 15 Ugandan adults subjected to forced labor.",
      ["5 Uganda/child/forced labor@2020", "15 Uganda/adult/forced labor@2020"]
    ]
  ])("%s", (text, expected) => {
    const got = rows(text);
    for (const row of expected) expect(got).toContain(row);
  });

  it.each([
    "This included three Namibian children",
    "These included 12 women",
    "They consisted of 29 adults, 3 children and 3 infants",
    "This figure comprises some 3,451 people",
    "The total included 40 minors",
    "The group included five unaccompanied children, one infant and one medical case",
    "The group comprised 12 women and 30 men",
    "The list included ten Saint Vincent and the Grenadines citizens, five Dominicans",
    "The batch included 40 women",
    "The flight included 12 unaccompanied children"
  ])("opens on the parts of the count before: %s", (text) => {
    expect(opensOnIncluded(text)).toBe(true);
  });

  it.each([
    "This year included 40 raids",
    "Including 40 minors, the total rose",
    "They were included in 40 lists",
    "The group was included in 40 lists"
  ])("does not: %s", (text) => {
    expect(opensOnIncluded(text)).toBe(false);
  });

  it("never reaches past the sentence just before when that one counts nothing the registry names", () => {
    const got = rows(
      "The government identified 19 trafficking victims. Almost 300 flyers were printed on recycled paper. This included 40 Namibian children."
    );
    expect(got.filter((r) => r.startsWith("40 "))).toEqual([]);
  });
});

describe("the parts a sentence opening on 'The total includes' lists", () => {
  it("keeps the whole's citizenship and country", () => {
    const rows = observations(
      "A total of 1,047 North Korean defectors arrived in South Korea in 2019. The total includes 202 males and 845 females.",
      "2019",
      "2020-01-28"
    );
    expect(rows.filter((o) => o.value < 1000).map((o) => `${o.value} ${o.sex} ${o.citizenship} ${o.country}`)).toEqual([
      "202 male North Korea Korea",
      "845 female North Korea Korea"
    ]);
  });
});
