import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value citizenship sex age" of the rows of one paragraph of a 2016 report on Poland. */
function rows(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016"),
    documentDate: "2016-12-31",
    state: "Poland",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.citizenship ?? "-"} ${o.sex ?? "-"} ${o.age_group ?? "-"}`);
}

describe("the rest of an item's bracket is about that item, not the next", () => {
  it.each([
    [
      "Asylum applications in 2016 were filed by citizens of Syria (1,300; mostly children), Iraq (540) and Eritrea (210).",
      "540 Iraq - -"
    ],
    [
      "Work permits were issued in 2016 to citizens of Ukraine (8,100; mainly men), Belarus (1,200) and Moldova (600).",
      "1200 Belarus - -"
    ],
    [
      "Victims identified in 2016 were mostly nationals of Nigeria (41; all women), Romania (18) and Bulgaria (12).",
      "18 Romania - -"
    ],
    [
      "Asylum applications in 2016 were filed by citizens of Afghanistan (900; mostly boys), Pakistan (300) and Iran (120).",
      "300 Pakistan - -"
    ],
    [
      "Work permits were issued in 2016 to citizens of India (2,400; chiefly women), Nepal (700) and Vietnam (200).",
      "700 Nepal - -"
    ],
    [
      "Victims identified in 2016 were mostly nationals of Ukraine (33; all girls), Moldova (9) and Belarus (4).",
      "9 Moldova - -"
    ],
    [
      "Asylum applications in 2016 were filed by citizens of Georgia (640; largely adults), Armenia (210) and Turkey (95).",
      "210 Armenia - -"
    ],
    [
      "Work permits were issued in 2016 to citizens of Belarus (3,100; mostly men), Ukraine (2,200) and Russia (500).",
      "2200 Ukraine - -"
    ],
    [
      "Victims identified in 2016 were mostly nationals of Bulgaria (27; all men), Romania (14) and Slovakia (6).",
      "14 Romania - -"
    ],
    [
      "Asylum applications in 2016 were filed by citizens of Somalia (410; mainly minors), Sudan (160) and Yemen (70).",
      "160 Sudan - -"
    ]
  ])("%j", (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe("a bracket of the count itself still qualifies it", () => {
  it.each([
    ["In 2016, the police identified 41 victims (24 women and 17 men).", "24 - female adult"],
    ["In 2016, 120 migrants were detained, including 30 children.", "30 - - child"]
  ])("%s", (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});
