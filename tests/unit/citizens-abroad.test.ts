import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The countries of the rows read from one sentence of a report on `state`. */
function countries(text: string, state: string): (string | null)[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016"),
    documentDate: "2017-09-07",
    state,
    claimed: []
  }).observations.map((o) => o.country);
}

describe("the reporting state's citizens living abroad", () => {
  it.each([
    ["The delegate said that some 12 million Mexicans lived in the United States.", "Mexico", "United States"],
    ["About 12 million Mexicans live in the United States.", "Mexico", "United States"],
    ["Some 2.5 million Filipinos were living in Saudi Arabia in 2016.", "Philippines", "Saudi Arabia"],
    ["Around 800,000 Moldovans resided in Italy in 2016.", "Moldova", "Italy"],
    ["Over 1 million Ukrainians lived in Poland in 2016.", "Ukraine", "Poland"],
    ["Approximately 300,000 Ghanaians were residing in Nigeria in 2016.", "Ghana", "Nigeria"],
    ["About 450,000 Nepalis lived in Qatar in 2016.", "Nepal", "Qatar"],
    ["Some 1.2 million Kyrgyz citizens lived in Russia in 2016.", "Kyrgyzstan", "Russian Federation"],
    ["Nearly 200,000 Armenians resided in France in 2016.", "Armenia", "France"],
    ["An estimated 90,000 Albanians lived in Greece in 2016.", "Albania", "Greece"]
  ])("keeps where they live in %s", (text, state, country) => {
    expect(countries(text, state)).toContain(country);
  });

  it.each([
    ["Some 40,000 foreigners lived in Mexico in 2016.", "Mexico"],
    ["About 3,000 Guatemalans lived in Mexico in 2016.", "Mexico"],
    ["Some 60,000 Ukrainians lived in Lithuania in 2016.", "Lithuania"],
    ["About 12,000 foreigners resided in Latvia in 2016.", "Latvia"]
  ])("names no country for the reporting state's own residents in %s", (text, state) => {
    expect(countries(text, state).every((c) => c === null)).toBe(true);
  });
});
