import {describe, expect, it} from "vitest";
import {subnationalPlace} from "../../loaders/general/read-subnational.js";
import {continuesOrdinalRanking} from "../../loaders/general/read-place-list.js";
import {observations} from "./read-paragraph.js";

describe("subnationalPlace", () => {
  it.each([
    [" to Sagaing Region, 625", "", "Sagaing Region"],
    [" Kayin State, 269", "", "Kayin State"],
    [" persons wishing to return to Nay Pyi Taw Council territory", "", "Nay Pyi Taw Council territory"],
    ["", "Most of them are from Bago Region and constitute 27.3 per cent at ", "Bago Region"],
    ["", "The second highest is from Magway Region making up 15.6 per cent at ", "Magway Region"],
    [" from Lviv Oblast", "", "Lviv Oblast"],
    [" in Punjab Province", "", "Punjab Province"],
    [" migrants from Kilimanjaro Region", "", "Kilimanjaro Region"],
    [" in Cox's Bazar District", "", "Cox's Bazar District"],
    [" to Karnali Province and", "", "Karnali Province"],
    ["", "returnees in Kandal Province numbered ", "Kandal Province"]
  ])("%s|%s", (after, before, place) => expect(subnationalPlace(after, before)).toBe(place));
  it.each([
    [" were transferred to a Dublin State", ""],
    [" from another Member State", ""],
    [" to the United States", ""],
    [" in the Migration Department", ""],
    ["", "issued by the Police District of "],
    ["", "in the Federal State of Bavaria, "],
    [" persons in Thailand", ""],
    ["", "from Bago Region; in total "]
  ])("not: %s|%s", (after, before) => expect(subnationalPlace(after, before)).toBeNull());
});

describe("continuesOrdinalRanking", () => {
  it.each([
    "The second highest is from Magway Region",
    "the third highest is Mon State",
    "The next largest group came"
  ])("%s", (t) => expect(continuesOrdinalRanking(t)).toBe(true));
  it.each(["The highest is Bago", "Second, the ministry said"])("not: %s", (t) =>
    expect(continuesOrdinalRanking(t)).toBe(false)
  );
});

describe("a release of returns still to come by region", () => {
  it("each region's count is a part of those registered to return on the day", () => {
    const rows = observations(
      "As of 28 April, 16,324 migrant workers have registered online to return. There are 460 persons wishing to return to Nay Pyi Taw Council territory, 860 to Sagaing Region, 1,306 Kayin State, and 728 to Shan State.",
      "2020-04",
      "2020-04-30"
    ).map((o) => `${o.value}@${o.period.label} ${o.indicator} [${o.category ?? ""}]`);
    expect(rows).toEqual(
      expect.arrayContaining([
        "460@2020-04-28 return_registrations [Nay Pyi Taw Council territory]",
        "860@2020-04-28 return_registrations [Sagaing Region]",
        "1306@2020-04-28 return_registrations [Kayin State]",
        "728@2020-04-28 return_registrations [Shan State]"
      ])
    );
  });
});
