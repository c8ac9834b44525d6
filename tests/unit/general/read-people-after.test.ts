import {describe, expect, it} from "vitest";
import {fledFrom, peopleAfter, sharePeople} from "../../../loaders/general/read-people-after.js";
import {countryRows} from "../read-paragraph.js";

describe("peopleAfter", () => {
  it.each([
    [" came from Eritreans; 12", "Eritrea"],
    [" from Pakistanis.", "Pakistan"],
    [" were from Colombians", "Colombia"],
    [" were mostly from Nigerians", "Nigeria"],
    [", were Haitian.", "Haiti"],
    [" were Cuban nationals, 40", "Cuba"],
    [" were all Bangladeshi citizens.", "Bangladesh"],
    [" were Nepalese", "Nepal"],
    [" were South Sudanese;", "South Sudan"],
    [", all Guatemalans, were returned", "Guatemala"],
    [" are Afghans and", "Afghanistan"],
    [" were Filipino", "Philippines"],
    [" came from Jamaicans", "Jamaica"],
    [" were Panamanian nationals.", "Panama"],
    [" were Cape Verdean", "Cabo Verde"],
    [" were North Korean;", "North Korea"],
    [" person is stateless.", "stateless"],
    [" were stateless", "stateless"],
    [" were of other nationalities.", "other"],
    [" of another nationality", "other"],
    [", were issued to citizens of Moldova, with", "Moldova"],
    [" were granted to Eritrean nationals", "Eritrea"],
    [" went to Nepalese", "Nepal"],
    [" awarded to nationals of Sri Lanka.", "Sri Lanka"],
    [" were taken regarding Eritrean applicants", "Eritrea"],
    [" have been issued concerning Afghan nationals", "Afghanistan"],
    [" involving Nigerian claimants", "Nigeria"]
  ])("%s", (after, country) => expect(peopleAfter(after)).toBe(country));
  it.each([
    " came from Nigeria",
    " were from Georgia.",
    " were Sudan",
    " were granted asylum",
    " were Cuban women who",
    " from Human Rights Watch",
    " were UN staff",
    " of various nationalities who were removed"
  ])("not: %s", (after) => expect(peopleAfter(after)).toBeNull());
  it("words shared with a later count give a people only by apposition or predicate", () => {
    expect(peopleAfter(" from Eritreans", true)).toBeNull();
    expect(peopleAfter(", all Eritreans, were", true)).toBe("Eritrea");
  });
});

describe("a people named after a count in a paragraph", () => {
  it.each([
    [
      "In 2021, 640 applications were lodged; 211 came from Eritreans; 95 from Sudanese; and 48 from Afghans.",
      ["211 -/Eritrea", "95 -/Sudan", "48 -/Afghanistan"]
    ],
    ["In 2021, authorities identified 88 foreign victims; roughly a third, 29, were Nicaraguan.", ["29 -/Nicaragua"]],
    [
      "In May, 930 refugees arrived - 610 from the Democratic Republic of Congo (DRC), 240 Burundi and 80 were of other nationalities.",
      ["610 -/Democratic Republic of the Congo", "80 -/other"]
    ],
    ["In 2021, 57 women and 12 girls, all Cambodians, were identified as victims.", ["57 -/Cambodia", "12 -/Cambodia"]],
    ["In 2021, 1,310 asylum applications were received, of which 402 were from Syrians.", ["402 -/Syria"]]
  ])("%s", (text, expected) => expect(countryRows(text)).toEqual(expect.arrayContaining(expected)));
  it("a country after 'from' stays the kind other readers give it", () =>
    expect(countryRows("In 2021, 640 applications were lodged; 211 came from Eritrea.")).not.toContain("211 -/-"));
});

describe("sharePeople", () => {
  it.each([
    [" were Sudanese nationals, ", "Sudan"],
    [" Eritreans, and ", "Eritrea"],
    [" were Afghan;", "Afghanistan"],
    [" of other nationalities.", "other"]
  ])("%s", (after, country) => expect(sharePeople(after)).toBe(country));
  it.each([" were women, ", " Georgia, and ", " increase on 2020", " of the total"])("not: %s", (after) =>
    expect(sharePeople(after)).toBeNull()
  );
  it("shares of a count by people, in a paragraph", () => {
    const rows = countryRows(
      "In 2021, there were 1,240 individuals caught crossing the border irregularly. Of these, 61 per cent were Guinean nationals, 30 per cent Malians, and nine per cent of other nationalities."
    );
    expect(rows).toEqual(expect.arrayContaining(["61 -/Guinea", "30 -/Mali", "9 -/other"]));
  });
  it("permits issued to a people keep its citizenship", () =>
    expect(
      countryRows("In 2020, the largest number of work permits, 2,310, were issued to citizens of Moldova.")
    ).toContain("2310 -/Moldova"));
});

describe("fledFrom", () => {
  it.each([
    [" arrived from Burundi, which", "refugee", "Burundi"],
    [" fled from the Central African Republic in", "refugee", "Central African Republic"],
    [" have crossed from Myanmar since", "refugee", "Burma"],
    [" came from Eritrea.", "applicant", "Eritrea"]
  ])("%s (%s)", (after, noun, country) => expect(fledFrom(after, noun)).toBe(country));
  it.each([
    [" arrived from Libya", "migrant"],
    [" arrived from Libya and Tunisia", "refugee"],
    [" arrived in Chad", "refugee"],
    [" arrived from Sudan", undefined]
  ])("not: %s (%s)", (after, noun) => expect(fledFrom(after, noun)).toBeNull());
  it("refugees arriving from a country, in a paragraph", () =>
    expect(countryRows("In 2021, nearly 41,000 refugees arrived from Burundi, more than in 2020.")).toContain(
      "41000 -/Burundi"
    ));
});
