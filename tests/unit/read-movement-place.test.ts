import {describe, expect, it} from "vitest";
import {borderOrRegionCountry, partsAsideEnd} from "../../loaders/general/read-movement-place.js";
import {countryRows} from "./read-paragraph.js";

const rows = (text: string, state = "SEN") => countryRows(text, state, "2021", "2022-03-01");

describe("the place of a whole past the aside of its parts", () => {
  it.each([
    ["In 2021 a flight returned 172 migrants, including 171 men and one woman, to Senegal.", "172 Senegal/-"],
    [
      "In 2021, 162 migrants, including 101 women, 43 men and 18 children, were returned home to Nigeria.",
      "162 Nigeria/Nigeria"
    ],
    ["In 2021 the authorities deported 640 migrants, among them 212 minors, to Mali.", "640 Mali/-"],
    ["In 2021 police expelled 3,100 foreigners, of whom 900 women, to Niger.", "3100 Niger/-"],
    ["In 2021 IOM returned 418 migrants (including 60 children) to Guinea.", "418 Guinea/-"],
    ["In 2021 the government repatriated 75 victims, including 40 girls and 35 boys, to Ghana.", "75 Ghana/-"],
    ["In 2021, 230 migrants, including 30 women, were flown home to Gambia.", "230 Gambia/Gambia"],
    ["In 2021 Libya returned 1,200 people, including 300 children, to Chad.", "1200 Chad/-"],
    ["In 2021 the police sent back 96 migrants, including 12 women, to Cameroon.", "96 Cameroon/-"],
    ["In 2021 the ministry transferred 58 asylum seekers, including 20 women and 8 children, to Rwanda.", "58 Rwanda/-"]
  ])("%s", (text, expected) => {
    expect(rows(text)).toContain(expected);
  });

  it("gives the parts the whole's place", () => {
    const out = rows("In 2021, 162 migrants, including 101 women, 43 men and 18 children, returned home to Nigeria.");
    expect(out).toEqual(expect.arrayContaining(["101 Nigeria/Nigeria", "43 Nigeria/Nigeria", "18 Nigeria/Nigeria"]));
  });

  it.each([
    " who were returned to Senegal",
    ", most of them young men, to Senegal",
    " to Senegal, including 12 women,",
    " (down from 42 in March) being granted refugee status in Luxembourg",
    " (93.7%) were deported to Haiti"
  ])("finds no aside of parts in %s", (after) => {
    expect(partsAsideEnd(after, 0)).toBeNull();
  });
});

describe("the country of a border or region a movement happened at", () => {
  it.each([
    [" arrests of Nicaraguan migrants at the US borders", "United States"],
    [" apprehensions at the U.S. southern border", "United States"],
    [" were intercepted at the Mexico border", "Mexico"],
    [" arrived at the border town of Assamaka in northern Niger", "Niger"],
    [" were stranded in southern Libya", "Libya"],
    [" crossed into north-eastern Kenya", "Kenya"],
    [" were returned to far western Nepal", "Nepal"],
    [" were moved into central Mali by bus", "Mali"],
    [" were stopped at the Botswana border", "Botswana"],
    [" arrived in eastern Chad last week", "Chad"]
  ])("%s", (after, expected) => {
    expect(borderOrRegionCountry(after)).toBe(expected);
  });

  it.each([
    " arrests at the Libyan border",
    " were held at the border with Mexico",
    " lived in northern regions",
    " arrived at the border; in northern Niger, others waited",
    " were found in the southern provinces",
    " were subjected to trafficking in South Korea and the United Arab Emirates",
    " were returned to North Macedonia"
  ])("names no country in %s", (after) => {
    expect(borderOrRegionCountry(after)).toBeNull();
  });

  it("reads a count of arrests at a country's border", () => {
    expect(
      countryRows(
        "Between January and November 2022, CBP reported 181,566 arrests of Nicaraguan migrants at the US borders.",
        "NIC",
        "2022",
        "2023-01-07"
      )
    ).toContain("181566 United States/Nicaragua");
  });
});
