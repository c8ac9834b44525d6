import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-01-10");

describe("what a part after 'of these' was, said by a copula, is its kind", () => {
  it.each([
    [
      "In 2019, 5,000 migrants were detained. Of these, 3,000 were asylum seekers.",
      "detained_migrants",
      "asylum seekers"
    ],
    [
      "In 2019, 5,000 foreigners held residence permits; of them, 3,000 were students.",
      "residence_permits_valid",
      "students"
    ],
    [
      "In 2019, 5,000 migrants were detained, of whom 3,000 were asylum seekers.",
      "detained_migrants",
      "asylum seekers"
    ],
    [
      "In 2019, 5,000 foreigners held residence permits. Of these, 3,000 were pensioners.",
      "residence_permits_valid",
      "pensioners"
    ],
    [
      "In 2019, 5,000 migrants were detained. Among them, 3,000 were asylum seekers.",
      "detained_migrants",
      "asylum seekers"
    ],
    [
      "In 2019, 5,000 migrants were detained. Of those, 3,000 were asylum seekers.",
      "detained_migrants",
      "asylum seekers"
    ],
    [
      "In 2019, 5,000 foreigners held residence permits, of whom 3,000 were investors.",
      "residence_permits_valid",
      "investors"
    ],
    ["In 2019, 5,000 migrants were detained. Of these, 3,000 were refugees.", "detained_migrants", "refugees"],
    [
      "In 2019, 5,000 foreigners held residence permits; of them 3,000 were retirees.",
      "residence_permits_valid",
      "retirees"
    ],
    [
      "In 2019, 5,000 migrants were detained. Of these 3,000 were asylum-seekers.",
      "detained_migrants",
      "asylum-seekers"
    ]
  ])("%s", (text, indicator, kind) => {
    expect(read(text)).toEqual([`5000@2019 ${indicator} []`, `3000@2019 ${indicator} [${kind}]`]);
  });

  it("reads the kinds of parts coordinated after the first, a share between count and copula or not", () => {
    expect(
      rows(
        "There were 17,982 work permit holders at the end of September. Of these 12,662 (70.4 percent) were employees and 5,320 (29.6 percent) were self - employed.",
        "2009Q3",
        "2009-11"
      ).filter((r) => !r.includes("share"))
    ).toEqual([
      "17982@2009-09-30 work_permits []",
      "12662@2009-09-30 work_permits [employees]",
      "5320@2009-09-30 work_permits [self-employed]"
    ]);
  });

  it.each([
    // A verb says what befell the part: an event of its own.
    ["In 2019, 5,000 migrants were detained. Of these, 3,000 were deported.", "3000@2019 deportations []"],
    [
      "In 2019, 5,000 migrants were detained. Of these, 3,000 were granted asylum.",
      "3000@2019 refugee_status_granted []"
    ],
    // Sex and age are no kinds.
    ["Of the 450 victims identified, 300 were women.", "300@2019 victims_identified []"]
  ])("leaves verbs and qualifiers to their own readings: %s", (text, part) => {
    expect(read(text)[1]).toBe(part);
  });
});
