import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";
import {identityAfter} from "../../../loaders/general/read-identity.js";

/** Each observation of one paragraph as "value sex category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", (o) => `${o.value} ${o.sex ?? "-"} ${o.category ?? "-"}`);
}

describe("a part named by the group those counted identify with", () => {
  it.each<[string, string[]]>([
    ["Of the 64 victims identified, 40 were women, and three identified as transgender.", ["3 - transgender"]],
    ["Of the 112 victims, 70 were girls and five self-identified as LGBTI.", ["5 - LGBTI"]],
    ["Of the 31 victims, 22 were men, and four identified as non-binary.", ["4 - non-binary"]],
    ["Of the victims, 18 were boys and two self identified as gay.", ["2 - gay"]],
    ["Of the 90 victims identified, 51 were women and six identified themselves as Rohingya.", ["6 - Rohingya"]],
    ["Of the 35 victims, 30 were female and one identified as intersex.", ["1 - intersex"]],
    ["Of the 47 victims, 35 were women and 12 identified as LGBTQI+.", ["12 - LGBTQI+"]],
    ["Of the 58 victims, 26 were men and eight victims identified as transgender.", ["8 - transgender"]],
    ["Of the 20 victims, 11 were men, and nine were identified as Afro-Colombian.", ["9 - Afro-Colombian"]],
    ["Of the victims, 14 were women, and two who identified as queer.", ["2 - queer"]]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string | null]>([
    [" identified as LGBTQI+.", "LGBTQI+"],
    [" self-identified as transgender and", "transgender"],
    [" victims identified as Rohingya,", "Rohingya"],
    // Being identified as the counted noun, or as a status, names no group.
    [" were identified as victims of forced labor", null],
    [" identified as potential victims.", null],
    [" identified as trafficking victims,", null],
    [" persons identified as migrants;", null],
    [" were identified as presumed victims", null],
    // No "identified as" right after the count.
    [" were women who had identified as refugees earlier in 2019", null],
    [" were registered as transgender", null]
  ])("%j names %s", (after, group) => {
    expect(identityAfter(after)).toBe(group);
  });
});
