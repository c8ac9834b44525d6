import {describe, expect, it} from "vitest";
import {subnationalPart, subnationalPlace} from "../../loaders/general/read-subnational.js";
import {continuesOrdinalRanking} from "../../loaders/general/read-place-list.js";
import {observations, rows} from "./read-paragraph.js";

describe("a place inside a country a count was made in", () => {
  it.each([
    ["The agency in Chiapas detained approximately ", "", "Chiapas"],
    ["Police in Lagos arrested ", "", "Lagos"],
    ["Officials at Tapachula returned some ", "", "Tapachula"],
    ["The office in Nuevo Laredo deported more than ", "", "Nuevo Laredo"],
    ["Border guards in the province of Van apprehended ", "", "Van"],
    ["", " were deported from Tapachula, an average of 225 per day", "Tapachula"],
    ["", " were detained in Chiapas during the year", "Chiapas"],
    ["", " have been intercepted at Kotoka airport", "Kotoka"],
    ["", " were rescued in the state of Veracruz", "Veracruz"],
    ["", " were registered from Bago Region", "Bago Region"],
    ["Most of the people wishing to return are from Mon State and number ", "", "Mon State"],
    ["", " were repatriated from the city of Mersin", "Mersin"],
    ["", " have arrived in the Peninsula and the Balearic Islands in 181 boats", "Peninsula"],
    ["", " have landed in Lampedusa since January", "Lampedusa"],
    ["", " has arrived in the Canary Islands this year", "Canary Islands"],
    ["", " had arrived in Ceuta by the end of May", "Ceuta"],
    ["", " have entered in the Aegean Islands", "Aegean Islands"]
  ])("names the place in %j … %j", (lead, tail, place) => {
    expect(subnationalPlace(lead, tail, "Mexico")).toBe(place);
  });

  it.each([
    ["Police in Mexico detained ", ""],
    ["", " were deported from Guatemala"],
    ["", " were detained in January"],
    ["The Ministry detained ", ""],
    ["", " were identified by the Government of Ghana"],
    ["", " were returned from the United States"],
    ["", " have arrived in the Netherlands"],
    ["", " have stayed in the Reception Centre"],
    ["", " were registered in the Population Register"],
    ["", " have been entered in the Schengen Information System"],
    ["Officials in INM deported ", ""],
    ["In 2019, authorities detained ", ""],
    ["", " were deported from Europe"],
    ["", " were convicted under the Penal Code"],
    ["Authorities in Central America detained ", ""]
  ])("names no place in %j … %j", (lead, tail) => {
    expect(subnationalPlace(lead, tail, "Mexico")).toBeNull();
  });

  it.each([
    [" from Mexico City.", "Mexico City"],
    [" from Tijuana, and", "Tijuana"],
    [" in Chiapas;", "Chiapas"],
    [" at Kotoka and", "Kotoka"],
    [" in the state of Oaxaca.", "Oaxaca"],
    [" of them in the Canary Islands, a figure", "Canary Islands"],
    [" of them in Lampedusa.", "Lampedusa"],
    [" of these in the Balearic Islands and", "Balearic Islands"],
    [" of whom in Chiapas;", "Chiapas"],
    [" in the Yucatan Peninsula.", "Yucatan Peninsula"]
  ])("names the place of an elided part in %j", (tail, place) => {
    expect(subnationalPlace("", tail, "Mexico", true)).toBe(place);
    expect(subnationalPlace("", tail, "Mexico", false)).toBeNull();
  });

  it.each([
    ["In the state of Chiapas, authorities detained ", "Chiapas"],
    ["In the province of Van, border guards apprehended ", "Van"],
    ["At the port of Tema, police intercepted ", "Tema"]
  ])("names the unit a sentence opens on in %j", (lead, place) => {
    expect(subnationalPlace(lead, "", "Mexico")).toBe(place);
  });

  it.each([
    " in January-June.",
    " in Guatemala.",
    " in Tier 2.",
    " from Ghana Police,",
    " in Spanish.",
    " of them in the United States.",
    " of them in the Netherlands,"
  ])("names no place of an elided part in %j", (tail) => {
    expect(subnationalPlace("", tail, "Mexico", true)).toBeNull();
  });

  it("keeps a regional count apart from the national one", () => {
    const read = rows(
      "During 2007, 86,206 persons were deported from Tapachula. On a national level, Mexico deported 182,705 persons in 2007.",
      "2007",
      "2009-03"
    );
    expect(read).toContain("86206@2007 deportations [Tapachula]");
    expect(read).toContain("182705@2007 deportations []");
  });
});

describe("subnationalPart", () => {
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
  ])("%s|%s", (after, before, place) => expect(subnationalPart(after, before)).toBe(place));
  it.each([
    [" were transferred to a Dublin State", ""],
    [" from another Member State", ""],
    [" to the United States", ""],
    [" in the Migration Department", ""],
    ["", "issued by the Police District of "],
    ["", "in the Federal State of Bavaria, "],
    [" persons in Thailand", ""],
    ["", "from Bago Region; in total "]
  ])("not: %s|%s", (after, before) => expect(subnationalPart(after, before)).toBeNull());
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
