import {describe, expect, it} from "vitest";
import {listedPlace, sentToPlaces} from "../../loaders/general/read-listed-places.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The listed place of the count written as `[n]` in the text. */
const placeOf = (text: string) => {
  const at = text.indexOf("[");
  const end = text.indexOf("]");
  return listedPlace(text.slice(0, at), text.slice(end + 1))?.country ?? null;
};

describe("a count listed after the place it is of", () => {
  it.each([
    ["The other nations are: Guyana, [125]; The Bahamas, 109; Belize, 90.", "Guyana"],
    ["The other nations are: Guyana, 125; The Bahamas , [109]; Belize, 90.", "Bahamas"],
    ["Belize, 90; St. Vincent and the Grenadines, [19]; Dominica, 16.", "Saint Vincent and the Grenadines"],
    ["Other countries are as follows; Dominica [10], Grenada 10, St Lucia 15.", "Dominica"],
    ["Dominica 10, Grenada 10, St. Kitts-Nevis [9], Montserrat 2.", "Saint Kitts and Nevis"],
    ["Montserrat 2, Antigua -Barbuda [14], and St Lucia 15.", "Antigua and Barbuda"],
    ["The Dominican Republic received 1,981, followed by Jamaica [787], Trinidad and Tobago 128.", "Jamaica"],
    ["followed by Jamaica 787, Trinidad and Tobago [128], and Haiti 90.", "Trinidad and Tobago"],
    ["They were followed by Cuba with [1,179] nationals sent packing.", "Cuba"],
    ["Aruba , 1; Guadeloupe, 1; and Montserrat with [1].", "Montserrat"],
    ["Of that number, St Vincent and the Grenadines received a total of [13].", "Saint Vincent and the Grenadines"],
    ["Deportees went to: Honduras, [4,120], and Guatemala, 3,900.", "Honduras"],
    // A place as the subject of its own count or change.
    ["St. Lucia had [22] deportees compared to 28 in 2018.", "Saint Lucia"],
    ["St. Lucia had 22 deportees, Dominica went from [19] to 16.", "Dominica"],
    ["St. Lucia had 22 deportees, Dominica went from 19 to [16].", "Dominica"],
    [
      "St. Vincent and the Grenadines, which went from 13 in 2018 to [19] this year.",
      "Saint Vincent and the Grenadines"
    ],
    ["and Grenada which saw an increase from [9] to 13.", "Grenada"],
    ["Jamaica recorded [787] removals.", "Jamaica"]
  ])("%s", (text, country) => expect(placeOf(text)).toBe(country));

  it.each([
    // A place opening a sentence before its count, with a noun after the count, is no list item.
    "In Germany, [125] persons were deported.",
    "While Grenada received [108] deportees in 2013, officials screened more.",
    "Samoa received $[53.5] million in total private remittances.",
    "The Committee of Uzbekistan received [216] oral requests.",
    // Not a place, or not before the count.
    "The Ministry, [125]; the Police, 109.",
    "Deportees numbered [125] from Guyana; 109 from the Bahamas.",
    "In March [16], 2019 was a record.",
    // A place inside a clause, not its subject.
    "Deportations to St. Lucia had [22] more flights.",
    "The numbers for Grenada went from [9] to 13."
  ])("none in %s", (text) => expect(placeOf(text)).toBeNull());

  it("says when the places are where people were sent back to", () => {
    expect(sentToPlaces("5,379 Caribbean nationals were removed from the US.")).toBe(true);
    expect(sentToPlaces("Other countries are as follows; Dominica 10.", "65 were deported back to the OECS.")).toBe(
      true
    );
    expect(sentToPlaces("Brazil is where most nationals returned, followed by Peru with 1,004.")).toBe(false);
  });
});

const rows = (text: string) =>
  extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2019-12-20",
    claimed: []
  }).observations.map((o) => `${o.value}:${o.citizenship ?? ""}:${o.country ?? ""}`);

describe("the breakdown a listed place gives", () => {
  it("names the deportees' citizenship in a list of deportations", () => {
    expect(
      rows("In 2019, 5,379 nationals were deported from the US. The other nations are: Guyana, 125; The Bahamas, 109.")
    ).toEqual(expect.arrayContaining(["125:Guyana:", "109:Bahamas:"]));
  });

  it("names the place people came back from in a list of returns", () => {
    expect(
      rows(
        "In 2019, 9,360 nationals returned home from Brazil with 6,663, followed by Peru 1,004, Ecuador 919 and Chile 325."
      )
    ).toEqual(expect.arrayContaining(["1004::Peru", "919::Ecuador"]));
  });
});
