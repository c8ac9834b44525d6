import {describe, expect, it} from "vitest";
import {restatedGroup} from "../../loaders/general/read-press-parts.js";
import {observations} from "./read-paragraph.js";

/** "value@period" of every observation of a paragraph in a report on 2018. */
const read = (text: string) => observations(text, "2018", "2019").map((o) => `${o.value}@${o.period.label}`);

describe("a part counted after 'of these' with no comma", () => {
  it.each([
    ["In 2018 the office issued 4,100 decisions, of these 3,180 were negative.", "3,180"],
    ["In 2018, 812 migrants were detained, of those 120 were children.", "120"],
    ["In 2018, 2,131 applications were lodged; of these 940 were rejected.", "940"],
    ["The police identified 57 victims in 2018, of these 31 were women.", "31"],
    ["In 2018, 96 traffickers were convicted, of those 12 were foreigners.", "12"],
    ["In 2018, 1,204 residence permits were issued, of these 300 were issued to students.", "300"],
    ["In 2018 the agency returned 640 persons, of those 88 were minors.", "88"],
    ["In 2018, 3,412 foreigners were deported, of these 1,003 were women.", "1,003"],
    ["In 2018, 77 smugglers were arrested, of those 9 were nationals.", "9"],
    ["In 2018, 415 asylum seekers arrived, of these 61 were children.", "61"]
  ])("%s", (text, part) => {
    expect(restatedGroup(text, text.indexOf(part))).toBe(false);
    expect(read(text)).toContain(`${Number(part.replace(/,/g, ""))}@2018`);
  });

  it.each([
    "In 2018, these 812 migrants were detained.",
    "Those 12 cases were closed in 2018.",
    "The court heard these 45 cases in 2018.",
    "Nationals of these 12 countries made up most applicants."
  ])("keeps a group named again: %s", (text) => {
    const at = text.search(/\b\d{2,3}\b/);
    expect(restatedGroup(text, at)).toBe(true);
  });
});
