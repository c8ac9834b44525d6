import {describe, expect, it} from "vitest";
import {subnationalPlace} from "../../loaders/general/read-subnational.js";
import {rows} from "./read-paragraph.js";

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
    ["", " were repatriated from the city of Mersin", "Mersin"]
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
    [" in the state of Oaxaca.", "Oaxaca"]
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

  it.each([" in January-June.", " in Guatemala.", " in Tier 2.", " from Ghana Police,", " in Spanish."])(
    "names no place of an elided part in %j",
    (tail) => {
      expect(subnationalPlace("", tail, "Mexico", true)).toBeNull();
    }
  );

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
