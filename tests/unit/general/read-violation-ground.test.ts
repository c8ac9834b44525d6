import {describe, expect, it} from "vitest";
import {observe, partsOf} from "./observe.js";
import {violationGround} from "../../../loaders/general/read-violation-ground.js";

/** Each observation of one paragraph as "value citizenship sex age category". */
function read(text: string): string[] {
  return observe(text, "2022", "2023", partsOf);
}

describe("parts named by the rule they broke", () => {
  it.each<[string, string[]]>([
    [
      "In 2022, police arrested 12,480 foreigners; of them, 7,102 were for violations of the residency system, 3,950 for border security violations, and 1,428 for labour law violations.",
      ["7102 - - - residency", "3950 - - - border security", "1428 - - - labour"]
    ],
    [
      "In 2022, 812 foreigners were expelled, 604 of them for breaching residence rules and 208 on public order grounds.",
      ["604 - - - residence", "208 - - - public order"]
    ],
    [
      "The ministry deported 2,400 migrants in 2022, including 1,500 for violating visa regulations and 900 for violating labour laws.",
      ["1500 - - - visa", "900 - - - labour"]
    ],
    [
      "In 2022, immigration officers arrested 3,310 foreigners, 2,050 for immigration law violations and 1,260 for customs offences.",
      ["2050 - - - immigration", "1260 - - - customs"]
    ],
    [
      "In 2022, police arrested 640 foreigners: 410 for infringements of the entry regulations and 230 for breaches of work permit rules.",
      ["410 - - - entry", "230 - - - work permit"]
    ],
    [
      "The authorities deported 1,115 foreigners in 2022, 860 on national security grounds and 255 on health grounds.",
      ["860 - - - national security", "255 - - - health"]
    ],
    [
      "In 2022, 95 foreigners were expelled, of them 60 were for violations of the public order act and 35 for tax code violations.",
      ["35 - - - tax"]
    ],
    [
      "In 2022, 2,700 migrants were arrested, 1,900 for breaching quarantine requirements and 800 for residency violations.",
      ["1900 - - - quarantine", "800 - - - residency"]
    ],
    [
      "Police arrested 410 foreigners in 2022; 300 for violating the immigration act and 110 for traffic offences.",
      ["300 - - - immigration", "110 - - - traffic"]
    ],
    [
      "In 2022, officials detained 5,620 foreigners, 4,010 for violations of the aliens residence law and 1,610 for labour violations.",
      ["4010 - - - aliens residence", "1610 - - - labour"]
    ]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string | null]>([
    [" were for violations of the residency system, 4", "residency"],
    [" for border security system violations, and", "border security"],
    [" of them for breaching residence rules and", "residence"],
    [" on public order grounds.", "public order"],
    [" for violating various immigration offences.", "immigration"],
    // No rule named: the law itself, a reason that is no rule, or words that go on with a clause.
    [" for violating the law.", null],
    [" for breaching the rules;", null],
    [" for work in Qatar", null],
    [" for violations committed by employers", null],
    [" on the grounds that they had no visa", null]
  ])("%j names %s", (after, ground) => {
    expect(violationGround(after)).toBe(ground);
  });
});
