import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";
import {unknownPart} from "../../../loaders/general/read-unknown-part.js";

/** Each observation of one paragraph as "value category". */
function read(text: string): string[] {
  return observe(text, "2022", "2023", (o) => `${o.value} ${o.category ?? "-"}`);
}

describe("a part whose attribute is not known", () => {
  it.each<[string, string[]]>([
    [
      "Of the 143 victims identified, 80 were women, 52 were men, and two were of an unknown gender.",
      ["2 unknown gender"]
    ],
    [
      "Traffickers exploited 97 victims in forced labor, 41 in sex trafficking, and five in an unknown type of trafficking.",
      ["41 sex trafficking", "5 unknown type of trafficking"]
    ],
    [
      "Authorities identified 58 trafficking victims: 30 adults, 19 children, and nine of undetermined age.",
      ["9 undetermined age"]
    ],
    [
      "Of the 312 victims, 290 were exploited in labor trafficking and 22 in an unspecified sector.",
      ["22 unspecified sector"]
    ],
    ["The government identified 76 victims, 60 of them female and four with unknown sex.", ["4 unknown sex"]],
    [
      "Police identified 18 trafficking victims in 2022, including 11 in sex trafficking and seven in an unknown form of exploitation.",
      ["7 unknown form of exploitation"]
    ],
    ["Of the 45 victims the government identified, 40 were adults and three were of unknown age.", ["3 unknown age"]]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string | null]>([
    [" was of an unknown gender", "unknown gender"],
    [" in an unknown type of trafficking.", "unknown type of trafficking"],
    [" of undetermined age, and", "undetermined age"],
    [" with unidentified employers;", "unidentified employers"],
    [" were of unclear status)", "unclear status"],
    [" for unreported reasons", "unreported reasons"],
    // Citizenship and origin are read as such elsewhere.
    [" of unknown nationality", null],
    [" of undetermined citizenship,", null],
    [" from an unknown country", null],
    // A clause goes on after the words: no attribute phrase.
    [" in unknown circumstances were found in Lagos", null],
    [" were unknown", null],
    [" of the unknown", null]
  ])("%j names %s", (after, kind) => {
    expect(unknownPart(after)).toBe(kind);
  });
});
