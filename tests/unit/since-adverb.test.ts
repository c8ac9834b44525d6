import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2024Q1", "2024-04-08");

describe("a perfect with 'since' as an adverb counts in the span the text last counted since", () => {
  it.each([
    [
      "Border controls have prevented 17,600 unauthorized entries since October. The federal police have since arrested more than 700 smugglers.",
      "700@2023-10-01..2024-04-08 migrant_smugglers_arrested []"
    ],
    [
      "Controls have prevented 17,600 entries since October. Police have since detained 1,200 migrants.",
      "1200@2023-10-01..2024-04-08 detained_migrants []"
    ],
    [
      "The programme has assisted 3,000 people since January. It has since repatriated 450 migrants.",
      "450@2024-01-01..2024-04-08 repatriations []"
    ],
    [
      "Since October, 17,600 entries were prevented. Authorities have since deported 2,100 migrants.",
      "2100@2023-10-01..2024-04-08 deportations []"
    ],
    [
      "The office has received 9,000 applications since November. It has since granted 1,300 work permits.",
      "1300@2023-11-01..2024-04-08 work_permits_issued []"
    ],
    [
      "Controls have stopped 4,000 entries since October. Officers have since identified 35 trafficking victims.",
      "35@2023-10-01..2024-04-08 trafficking_victims_identified []"
    ],
    [
      "The task force has screened 5,000 people since December. It has since rescued 80 migrants.",
      "80@2023-12-01..2024-04-08 migrants_rescued []"
    ],
    [
      "Checks have prevented 2,500 entries since October. Police have since intercepted 600 migrants.",
      "600@2023-10-01..2024-04-08 migrants_intercepted []"
    ],
    [
      "The agency has registered 7,000 arrivals since January. It has since returned 900 migrants.",
      "900@2024-01-01..2024-04-08 returns []"
    ],
    [
      "Controls have prevented 17,600 entries since October. Courts have since convicted 40 traffickers.",
      "40@2023-10-01..2024-04-08 trafficking_convictions []"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("reads a level reached since then as a level, and a perfect with no 'since' as before", () => {
    expect(
      read("Detentions rose between 2009 and 2017. Since 2015 the trend fell. Numbers have since fallen to 3,745.")
    ).not.toContainEqual("3745@2015-01-01..2024-04-08 detained_migrants []");
    expect(
      read("Controls have prevented 17,600 entries since October. In the first quarter, police arrested 700 smugglers.")
    ).toContainEqual("700@2024Q1 migrant_smugglers_arrested []");
  });
});
