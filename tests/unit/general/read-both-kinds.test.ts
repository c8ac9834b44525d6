import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";

/** Each observation of one paragraph as "value category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", (o) => `${o.value} ${o.category ?? "-"}`);
}

describe("a part of both kinds listed before it", () => {
  it.each<[string, string]>([
    [
      "The government identified 120 trafficking victims in 2021 (80 sex trafficking, 30 labor trafficking, and 10 both).",
      "10 sex trafficking and labor trafficking"
    ],
    [
      "Of the 44 victims identified in 2021, 30 were exploited in forced labor, 11 in sex trafficking, and three in both.",
      "3 forced labor and sex trafficking"
    ],
    [
      "In 2021, authorities identified 19 victims of sex trafficking and 7 victims of forced labor; two were victims of both.",
      "2 sex trafficking and forced labor"
    ],
    [
      "In 2021, NGOs identified 56 trafficking victims (41 labor trafficking, 12 sex trafficking, 3 both).",
      "3 labor trafficking and sex trafficking"
    ],
    [
      "Police identified 27 trafficking victims in 2021: 15 in forced labor, nine in sexual exploitation and three in both.",
      "3 forced labor and sex trafficking"
    ],
    [
      "The government identified 88 trafficking victims in 2021, including 60 sex trafficking victims, 20 forced labor victims, and eight victims of both.",
      "8 sex trafficking and forced labor"
    ],
    [
      "In 2021, officials identified 14 victims of forced begging and six victims of forced labor, while one was a victim of both.",
      "1 forced begging and forced labor"
    ],
    [
      "The government identified 35 trafficking victims in 2021 (21 sex trafficking, 12 labor trafficking and 2 both).",
      "2 sex trafficking and labor trafficking"
    ],
    [
      "In 2021, the ministry identified 62 trafficking victims: 40 of forced labor, 19 of sex trafficking, and three of both.",
      "3 forced labor and sex trafficking"
    ],
    [
      "In 2021, shelters identified 71 trafficking victims (50 forced labor, 17 sex trafficking, four both).",
      "4 forced labor and sex trafficking"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it.each<[string, string]>([
    [
      "In 2021, the government identified 31 victims of forced labor and four victims of both sex trafficking and forced begging.",
      "4 sex trafficking and forced begging"
    ],
    [
      "Authorities identified 17 trafficking victims in 2021; nine were victims of sex trafficking and 8 victims of both sex trafficking and forced labor.",
      "8 sex trafficking and forced labor"
    ],
    [
      "In 2021, police identified three victims of both forced labour and forced begging.",
      "3 forced labor and forced begging"
    ]
  ])("names the two kinds a part is of: %s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it.each<[string, string]>([
    // Three kinds before it: which two "both" joins is not said.
    [
      "In 2021, officials identified 90 victims (50 forced labor, 20 sex trafficking, 15 forced begging, and five both).",
      "5 "
    ],
    // "both" naming its own kinds is not joined with the kinds before it.
    [
      "In 2021, the government identified 31 victims of forced labor and four victims of both sex trafficking and forced begging.",
      "4 forced labor and"
    ],
    // Only one kind before it.
    ["In 2021, police identified 12 victims of sex trafficking and two both.", "2 sex trafficking and"]
  ])("%s does not read %s…", (text, start) => {
    expect(read(text).filter((row) => row.startsWith(start) && row.includes(" and "))).toEqual([]);
  });
});
