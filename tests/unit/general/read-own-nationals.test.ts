import {describe, expect, it} from "vitest";
import {ownNationals} from "../../../loaders/general/read-own-nationals.js";
import {returnedFrom} from "../../../loaders/general/read-place-list.js";
import {countryRows as places} from "../read-paragraph.js";

describe("ownNationals", () => {
  it.each([" nationals", " citizens", " of its nationals", " compatriots", " of its own citizens", " Nationals"])(
    "%s",
    (counted) => expect(ownNationals(counted, "Lebanon", "Kenya")).toBe("Kenya")
  );
  it.each([
    [" Somali nationals", "Lebanon", "Kenya"],
    [" workers", "Lebanon", "Kenya"],
    [" nationals", "Kenya", "Kenya"],
    [" nationals", undefined, "Kenya"],
    [" nationals", "Lebanon", undefined]
  ])("not: %s from %s in a report on %s", (counted, place, state) =>
    expect(ownNationals(counted, place, state)).toBeNull()
  );
});

describe("a count with thousands separators between a verb of return and 'from'", () => {
  it.each([
    "Ethiopia has repatriated 43,061 nationals from ",
    "the ministry evacuated 1,204 citizens from ",
    "Nepal brought back 12,500.5 thousand workers from ",
    "authorities deported 2,310 persons from "
  ])("%s", (lead) => expect(returnedFrom(lead)).toBe(true));
  it("a count that came from a place is no return", () =>
    expect(returnedFrom("1,200 applicants came from ")).toBe(false));
});

describe("bare nationals brought back from abroad", () => {
  it.each([
    ["Kenya has repatriated 1,870 nationals from Lebanon in 2021.", "Kenya", "1870 Lebanon/Kenya"],
    ["In 2021 the government repatriated 3,415 citizens from Ukraine by air.", "India", "3415 Ukraine/India"],
    ["In 2021 the embassy repatriated 612 nationals from Libya.", "Niger", "612 Libya/Niger"],
    ["Uganda repatriated 2,048 citizens from Oman last year.", "Uganda", "2048 Oman/Uganda"],
    ["During 2021, Sri Lanka returned 7,260 nationals from Kuwait.", "Sri Lanka", "7260 Kuwait/Sri Lanka"],
    ["Ghana repatriated 95 citizens from the Sudan in 2021.", "Ghana", "95 Sudan/Ghana"],
    [
      "In 2021 Bangladesh repatriated 11,302 nationals from Saudi Arabia.",
      "Bangladesh",
      "11302 Saudi Arabia/Bangladesh"
    ],
    ["Nigeria brought back 1,021 citizens from Mali in 2021.", "Nigeria", "1021 Mali/Nigeria"],
    ["The Philippines repatriated 4,590 nationals from Qatar in 2021.", "Philippines", "4590 Qatar/Philippines"],
    ["In 2021 Senegal repatriated 230 citizens from Morocco.", "Senegal", "230 Morocco/Senegal"]
  ])("%s", (text, state, row) => expect(places(text, state)).toContain(row));
  it("a people named with the count keeps its own citizenship", () =>
    expect(places("In 2021 Kenya repatriated 310 Somali nationals from Yemen.", "Kenya")).not.toContain(
      "310 Yemen/Kenya"
    ));
  it("nationals returned home are not the home state's breakdown by place", () =>
    expect(places("In 2021, 410 nationals returned to Kenya from abroad.", "Kenya")).not.toContain("410 Kenya/Kenya"));
});
