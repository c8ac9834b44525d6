import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {unknownCitizenship} from "../../loaders/general/read-unknown-citizenship.js";

/** The citizenships read for the number `n` of a paragraph. */
const citizenships = (text: string, n: number) =>
  observations(text, "2020", "2021-06-25")
    .filter((x) => x.value === n)
    .map((x) => x.citizenship);

describe("the last part of a list by citizenship whose citizenship is not known", () => {
  it.each([
    [
      "The government identified 13 confirmed trafficking victims. Five of the confirmed trafficking victims were from Romania, seven were from Pakistan, and one was unidentified.",
      1,
      "unidentified"
    ],
    [
      "The AGO reported identifying 124 potential victims, 72 Colombians, one Peruvian, one Venezuelan, and 50 without record of nationality.",
      50,
      "unknown"
    ],
    ["Police identified 40 victims: 22 were from Nigeria, 12 were from Ghana, and 6 were unknown.", 6, "unknown"],
    ["The ministry identified 90 victims, 60 Vietnamese, 20 Chinese, and 10 of unknown nationality.", 10, "unknown"],
    ["Officials identified 35 victims, 20 Thais, 9 Cambodians and 6 of undetermined citizenship.", 6, "undetermined"],
    [
      "The government identified 18 victims; 11 were from Moldova, four were from Ukraine, and three were undetermined.",
      3,
      "undetermined"
    ],
    [
      "The government identified 70 victims, 41 Bangladeshis, 19 Nepalis, and 10 with unknown nationality.",
      10,
      "unknown"
    ],
    ["The police identified 25 victims, 15 Albanians, 7 Kosovars and 3 without a record of nationality.", 3, "unknown"],
    [
      "Authorities identified 52 victims; 30 were from Brazil, 17 were from Paraguay, and five were unidentified.",
      5,
      "unidentified"
    ],
    [
      "The government identified 66 victims, 40 Filipinos, 20 Indonesians, and 6 of unidentified origin.",
      6,
      "unidentified"
    ]
  ])("%s (%i)", (text, n, citizenship) => {
    expect(citizenships(text, n)).toContain(citizenship);
  });

  it("a list by kind keeps 'unknown' as its kind, not a citizenship", () => {
    const text = "Eighty were exploited in sex trafficking, six in forced labor, and 14 were unknown.";
    expect(citizenships(text, 14)).not.toContain("unknown");
  });

  it.each([" were identified.", " were from Peru,", " of unknown age.", " were unknown to police"])(
    "says no unknown citizenship in %j",
    (after) => {
      expect(unknownCitizenship(after)).toBeNull();
    }
  );
});
