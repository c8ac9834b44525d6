import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

describe("a figure given for each state of a list counts each of them", () => {
  it.each([
    [
      "There were 43 deportees from Trinidad and Tobago, 3 from Barbados and one each from Sweden, Aruba, St Lucia and St Maarten.",
      "Grenada",
      ["1 Sweden/-", "1 Aruba/-", "1 Saint Lucia/-", "1 Sint Maarten/-"]
    ],
    [
      "There were 43 deportees from Trinidad and Tobago, 2 from the French territory of Martinique and one each from Sweden, Aruba and St Lucia.",
      "Grenada",
      ["1 Sweden/-", "1 Aruba/-", "1 Saint Lucia/-"]
    ],
    [
      "In 2021, 40 workers were returned from Qatar and 5 each from Kuwait, Oman and Bahrain.",
      "Nepal",
      ["5 Kuwait/-", "5 Oman/-", "5 Bahrain/-"]
    ],
    [
      "Police deported 120 migrants to Mexico and two each to Guatemala, Honduras and El Salvador.",
      "United States",
      ["2 Guatemala/-", "2 Honduras/-", "2 El Salvador/-"]
    ],
    [
      "In 2021, 12 victims were returned to Nigeria, and three victims each to Ghana, Togo and Benin.",
      "Italy",
      ["3 Ghana/-", "3 Togo/-", "3 Benin/-"]
    ],
    [
      "There were 41 deportees from the United States and one each from Canada, Jamaica, and Cuba.",
      "Grenada",
      ["1 Canada/-", "1 Jamaica/-", "1 Cuba/-"]
    ],
    [
      "The government repatriated 30 nationals from Lebanon and four each from Jordan, Syria and Iraq.",
      "Sri Lanka",
      ["4 Jordan/", "4 Syria/", "4 Iraq/"]
    ],
    [
      "Authorities returned 81 migrants to Malaysia, and 6 each to Thailand, Indonesia, the Philippines and Vietnam.",
      "Australia",
      ["6 Thailand/-", "6 Indonesia/-", "6 Philippines/-", "6 Vietnam/-"]
    ],
    [
      "There were 17 deportees from the United Kingdom and 2 each from Barbados, Antigua and Barbuda, and Dominica.",
      "Grenada",
      ["2 Barbados/-", "2 Antigua and Barbuda/-", "2 Dominica/-"]
    ],
    [
      "Police intercepted 51 migrants from Morocco and nine each from Algeria, Tunisia and Libya.",
      "Spain",
      ["9 -/Algeria", "9 -/Tunisia", "9 -/Libya"]
    ],
    [
      "There were 12 deportees from Canada and one each from Barbados, Dominica and Jamaica.",
      "Grenada",
      ["1 Barbados/-", "1 Dominica/-", "1 Jamaica/-"]
    ],
    [
      "In 2022, 64 workers were returned from Saudi Arabia and 3 each from Qatar, Kuwait and Oman.",
      "Nepal",
      ["3 Qatar/-", "3 Kuwait/-", "3 Oman/-"]
    ],
    [
      "The government repatriated 18 nationals from Libya and one each from Niger, Mali and Chad.",
      "Senegal",
      ["1 Niger/", "1 Mali/", "1 Chad/"]
    ]
  ])("%s", (text, state, expected) => {
    const got = countryRows(text, state);
    for (const e of expected)
      expect(
        got.some((g) => g.startsWith(e)),
        `${e} in ${got.join("; ")}`
      ).toBe(true);
  });

  it.each([
    [
      "each year is a rate, not a list",
      "Ireland returned three asylum seekers each year to Italy, Greece and Malta.",
      "Ireland",
      "3 Malta"
    ],
    [
      "a list with no 'each' is one joint count",
      "There were 43 deportees from Trinidad and Tobago and 2 from Sweden, Aruba and Cuba.",
      "Grenada",
      "2 Aruba"
    ],
    ["'one each' of no places", "Two officials were charged and one each was convicted.", "Grenada", "1 "]
  ])("%s", (_name, text, state, absent) => {
    expect(countryRows(text, state).filter((r) => r.startsWith(absent))).toEqual([]);
  });
});
