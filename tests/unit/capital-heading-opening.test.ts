import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** The rows of the last sentence of a text of two, read in a report on 2021. */
const last = (text: string) => rows(text, "2021", "2022-02-15").slice(-1);

// "RESETTLEMENT In 2020, UNHCR received …": a heading in capitals that the text ran into the sentence is no lead; the
// year after it opens the sentence and frames the one after it.
describe("a period opening a sentence after a heading in capitals", () => {
  it.each([
    [
      "RESETTLEMENT In 2019, the agency held 300 places. The United Kingdom provided a quota of 100.",
      "100@2019 labour_quotas []"
    ],
    [
      "VOLUNTARY REPATRIATION In 2019, 2,009 refugees went home. The office also assisted 94 refugees.",
      "94@2019 refugees_assisted []"
    ],
    [
      "POPULATION MOVEMENTS In 2019, the office registered 400 arrivals. Another 120 refugees were resettled.",
      "120@2019 refugees_resettled []"
    ],
    [
      "PROTECTION In 2019, the office had 12 staff. It registered 950 asylum applications.",
      "950@2019 asylum_applications []"
    ],
    ["EDUCATION During 2019, 40 schools opened. The office resettled 75 refugees.", "75@2019 refugees_resettled []"],
    [
      "HIGHLIGHTS In 2019, the agency helped 60 families. The police arrested 31 smugglers.",
      "31@2019 migrant_smugglers_arrested []"
    ],
    ["RETURNS In 2019, the office met 20 leaders. It deported 415 migrants.", "415@2019 deportations []"],
    [
      "DURABLE SOLUTIONS In 2019, the office held 8 meetings. It resettled 230 refugees.",
      "230@2019 refugees_resettled []"
    ],
    [
      "KEY FIGURES In 2019, the office opened 3 centres. UNHCR registered 5,100 asylum applications.",
      "5100@2019 asylum_applications []"
    ],
    [
      "REGISTRATION AND DOCUMENTATION In 2019, the office trained 15 clerks. It registered 780 asylum applications.",
      "780@2019 asylum_applications []"
    ]
  ])("%s", (text, expected) => {
    expect(last(text)).toEqual([expected]);
  });

  it.each([
    // A capitalised name is no heading: "UNHCR" opens the sentence and the year is inside it.
    ["UNHCR In Iran resettled 75 refugees in 2019.", "75@2019 refugees_resettled []"],
    // Without a heading the sentence reads as before.
    ["In 2019, the office held 3 meetings. It resettled 75 refugees.", "75@2019 refugees_resettled []"]
  ])("%s", (text, expected) => {
    expect(last(text)).toEqual([expected]);
  });

  it("a heading followed by words, not a period, opens nothing", () => {
    expect(
      rows("RESETTLEMENT The office held 3 meetings in 2019. It resettled 75 refugees.", "2021", "2022-02-15")
    ).toContain("75@2021 refugees_resettled []");
  });
});
