import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** Country, citizenship and category read for the number `n` of a paragraph in a report on `state`. */
const row = (text: string, n: number, state: string) => {
  const o = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2021-06-25",
    state,
    claimed: []
  }).observations.find((x) => x.value === n);
  return o && {country: o.country, citizenship: o.citizenship, category: o.category};
};

describe("a list of counts by province or region", () => {
  it.each([
    [
      "In 2020, authorities identified 45 victims in Bangkok, 30 in Chiang Mai province, and 12 in Songkhla province.",
      30,
      "Thailand",
      "Chiang Mai"
    ],
    [
      "In 2020, authorities identified 45 victims in Bangkok, 30 in Chiang Mai province, and 12 in Songkhla province.",
      45,
      "Thailand",
      "Bangkok"
    ],
    [
      "In 2020, the government identified 75 victims, including 40 in Kampong Cham, 20 in Battambang, and 15 in Siem Reap provinces.",
      15,
      "Cambodia",
      "Siem Reap"
    ],
    [
      "In 2020, police identified 60 victims, including 25 in Kandal province and 35 in Koh Kong province.",
      35,
      "Cambodia",
      "Koh Kong"
    ],
    ["In 2020, officials identified 48 victims, 30 in Lombok and 18 in Batam district.", 18, "Indonesia", "Batam"],
    [
      "In 2020, the police identified 70 victims in Mombasa, 20 in Kilifi county, and 9 in Kwale county.",
      70,
      "Kenya",
      "Mombasa"
    ],
    [
      "In 2020, the police identified 70 victims in Mombasa, 20 in Kilifi county, and 9 in Kwale county.",
      9,
      "Kenya",
      "Kwale"
    ],
    [
      "In 2020, inspectors identified 33 victims, 21 in Sabah state and 12 in Sarawak state.",
      12,
      "Malaysia",
      "Sarawak"
    ],
    [
      "In 2020, authorities identified 58 victims, including 31 in Antioquia department and 27 in Valle del Cauca department.",
      31,
      "Colombia",
      "Antioquia"
    ],
    [
      "In 2020, the government identified 44 victims, including 19 in Savannakhet province and 25 in Champasak province.",
      25,
      "Laos",
      "Champasak"
    ]
  ])("%s (%i)", (text, n, state, place) => {
    expect(row(text, n, state)?.category).toBe(place);
  });

  it("a count in a place no list of places follows stays whole", () => {
    expect(
      row("In 2020, the coasts received 745 immigrants in Pateras, 551 of them in the Canary Islands.", 745, "Spain")
        ?.category ?? null
    ).toBeNull();
  });
});

describe("a list of the places people were returned from", () => {
  it.each([
    [
      "In 2020, the MFA repatriated 200 Indonesian victims from Malaysia, 150 from Saudi Arabia, and 30 from Taiwan.",
      150,
      "Indonesia",
      "Saudi Arabia",
      "Indonesia"
    ],
    [
      "In 2020, the MFA repatriated 200 Indonesian victims from Malaysia, 150 from Saudi Arabia, and 30 from Taiwan.",
      30,
      "Indonesia",
      "Taiwan",
      "Indonesia"
    ],
    [
      "In 2020, the MFA repatriated 200 Indonesian victims from Malaysia, 150 from Saudi Arabia, and 30 from Taiwan.",
      200,
      "Indonesia",
      "Malaysia",
      "Indonesia"
    ],
    [
      "In 2020, the government repatriated 80 Nepali victims from India, 45 from Kuwait and 12 from Qatar.",
      45,
      "Nepal",
      "Kuwait",
      "Nepal"
    ],
    [
      "In 2020, embassies repatriated 300 Filipino workers from Kuwait, 120 from Lebanon, and 60 from Jordan.",
      60,
      "Philippines",
      "Jordan",
      "Philippines"
    ],
    [
      "In 2020, the ministry returned 90 Ethiopian victims from Lebanon and 40 from Oman.",
      40,
      "Ethiopia",
      "Oman",
      "Ethiopia"
    ]
  ])("%s (%i)", (text, n, state, country, citizenship) => {
    expect(row(text, n, state)).toMatchObject({country, citizenship});
  });

  it.each([
    [
      "In 2020, police identified 200 victims from Malaysia, 150 from Saudi Arabia, and 30 from Taiwan.",
      150,
      "Saudi Arabia"
    ],
    ["In 2020, shelters assisted 60 victims from Uganda and 25 from Tanzania.", 25, "Tanzania"],
    ["In 2020, authorities deported 300 migrants, most of whom came from Haiti.", 300, null],
    ["In 2020, police identified 90 victims from Vietnam and 30 from Laos.", 90, "Vietnam"]
  ])("where people come from without a verb of return is their citizenship: %s (%i)", (text, n, citizenship) => {
    expect(row(text, n, "Indonesia")?.citizenship ?? null).toBe(citizenship);
  });
});
