import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

describe("Pacific demonyms: with a prefix (plural as written) and in -an", () => {
  it.each([
    ["In 2021, 200 I-Kiribati were deported.", "200 -/Kiribati"],
    ["Data shows 47 I-Kiribati registered to live in the Marshall Islands in 2021.", "47 -/Kiribati"],
    ["In 2021, 200 I-Kiribati workers were deported.", "200 -/Kiribati"],
    ["In 2021, 36 Ni-Vanuatu were deported.", "36 -/Vanuatu"],
    ["In 2021, 36 Ni-Vanuatu workers were deported.", "36 -/Vanuatu"],
    ["In 2021, 12 Tuvaluans were deported.", "12 -/Tuvalu"],
    ["In 2021, 12 Nauruans were deported.", "12 -/Nauru"],
    ["In 2021, 12 Palauans were deported.", "12 -/Palau"],
    ["In 2021, 12 Tuvaluan workers were deported.", "12 -/Tuvalu"],
    ["In 2021, 12 Palauan nationals were deported.", "12 -/Palau"]
  ])("%s", (text, row) => {
    expect(countryRows(text)).toEqual([row]);
  });

  it("takes no name joined by a hyphen for a people", () => {
    expect(countryRows("In 2021, 12 Afro-Colombians were deported.")).not.toContain("12 -/Colombia");
  });
});
