import {describe, expect, it} from "vitest";
import {bracketPlace, continuesByPlace} from "../../loaders/general/read-place-brackets.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {rows} from "./read-paragraph.js";

describe("a sentence breaking the count before down by place", () => {
  it.each([
    "The operations took place in the provinces of Barahona (286), Dajabón (538) and Valverde (514).",
    "Raids were carried out in Chiapas (41), Tabasco (18), Oaxaca (12) and Veracruz (9).",
    "They were held in the districts of Kandy (12), Galle (7), Matara (five) and Jaffna (3).",
    "Checks were made at the regions of Tigray (10), Afar (4) and Amhara (6).",
    "Most were found in the municipalities of Santo-Domingo West (31), Los Alcarrizos (12) and the national district (40).",
    "Inspections took place in the states of Lagos (22), Kano (13) and Edo (19).",
    "The arrests were made in Antalya (120), Izmir (98), Mugla (45) and Edirne (30).",
    "Teams worked in the counties of Kerry (5), Cork (11) and Clare (4).",
    "Victims were identified in the cities of Salta (6), Jujuy (3) and Tucumán (8).",
    "Operations were conducted in the departments of Petén (14), Izabal (9) and Escuintla (7)."
  ])("%j", (text) => expect(continuesByPlace(text)).toBe(true));

  it.each([
    // Where people came from is an origin list, not where they were counted.
    "There are also workers from Bali (nine), Riau Islands (nine), Riau (five) and Banten (five).",
    // A figure outside brackets is a count of its own.
    "In 2020, 1,200 were checked in Barahona (286), Dajabón (538) and Valverde (514).",
    // Two places are no list.
    "Operations were held in Barahona (286) and Dajabón (538).",
    "The victims (12), the suspects (9) and the witnesses (4) were heard in court."
  ])("%j is not", (text) => expect(continuesByPlace(text)).toBe(false));

  it("names each part by its place", () => {
    const text =
      "Checks were made in the provinces of San Juan de la Maguana (131), Santo-Domingo West (31) and the national district (40).";
    expect(bracketPlace(text, text.indexOf("131"))).toBe("San Juan de la Maguana");
    expect(bracketPlace(text, text.indexOf("(31)") + 1)).toBe("Santo Domingo West");
    expect(bracketPlace(text, text.indexOf("40"))).toBe("national district");
  });

  it("reads the parts of the count before, in its period", () => {
    const read = rows(
      "Migration controls were carried out from 13 to 19 January, during which 1,687 persons were checked. The operations were carried out in the provinces of Barahona (286), Dajabón (538) and Valverde (514).",
      "2020-01",
      "2020-01-27"
    );
    expect(read).toContain("286@2020-01-13..2020-01-19 persons_screened [Barahona]");
    expect(read).toContain("514@2020-01-13..2020-01-19 persons_screened [Valverde]");
  });
});

describe("the first day of a span sharing its month", () => {
  it.each(["from 13 to 19 January", "between 3 and 9 March", "from 2–8 December", "from 20 until 26 May"])(
    "%j is a date, not a count",
    (text) => expect(findQuantities(text).filter((q) => !q.excluded)).toEqual([])
  );
  it("leaves a change of a count alone", () => {
    expect(
      findQuantities("rose from 13 to 19 cases in January")
        .filter((q) => !q.excluded)
        .map((q) => q.value)
    ).toEqual([13, 19]);
  });
});
