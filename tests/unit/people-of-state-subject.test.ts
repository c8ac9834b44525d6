import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) =>
  countryRows(`In 2019, 5,379 Caribbean nationals were removed. ${text}`, undefined, "2019", "2019-12-20");

describe("nationals of a state that a clause opens on are the people its count is of", () => {
  it.each([
    [
      "Nationals from the Dominican Republic accounted for the largest number of deportees with 2,186.",
      "2186 -/Dominican Republic"
    ],
    [
      "Nationals of the Dominican Republic accounted for the largest number of deportees with 2,186.",
      "2186 -/Dominican Republic"
    ],
    ["Citizens of Jamaica accounted for the second largest number of deportees with 751.", "751 -/Jamaica"],
    ["Citizens from Haiti made up the largest share of deportees, 690.", "690 -/Haiti"],
    ["The nationals of Guyana accounted for the most deportees with 412.", "412 -/Guyana"],
    ["Migrants from Trinidad and Tobago accounted for 128 of the deportees.", "128 -/Trinidad and Tobago"],
    ["People from the Bahamas accounted for 106 of the deportees.", "106 -/Bahamas"],
    ["Nationals from Saint Lucia accounted for 41 of the deportees.", "41 -/Saint Lucia"],
    ["Nationals of Belize formed the fourth largest group of deportees, at 95.", "95 -/Belize"],
    ["Citizens of Barbados were the smallest group of deportees with 12.", "12 -/Barbados"]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it("names no people where the clause opens on none, or on no state", () => {
    expect(read("Officials of the ministry accounted for the deportation of 2,186 persons.")).not.toContain(
      "2186 -/Ministry"
    );
    expect(
      read("Nationals from other countries accounted for 300 of the deportees.").some((r) => /Other/.test(r))
    ).toBe(false);
  });
});
