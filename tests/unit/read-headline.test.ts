import {describe, expect, it} from "vitest";
import {headlineEnd} from "../../loaders/general/read-headline.js";
import {rows} from "./read-paragraph.js";

describe("headlineEnd", () => {
  it.each([
    "Over 64,000 obtain work permits in the last one month\n\nKATHMANDU: More than 64,000 Nepalis obtained …",
    "More than 250 deportation orders signed since start of the year\n\nMore than 250 …",
    "Service for Foreigners Affairs issued an Expulsion Measure for 46 Foreign Nationals\n\nAs a result …",
    "Over 50,000 foreigners seek Polish residence cards\n\nOver 50,000 foreigners applied …",
    "  Türkiye reports 4.7 mln foreigners with legal status\n \nANKARA"
  ])("%j opens with a headline", (raw) => expect(headlineEnd(raw)).toBe(raw.indexOf("\n")));

  it.each([
    // A dateline on the next line sets the headline apart as a blank line does.
    [
      "Ministry coordinated repatriation of 43 workers\nSabtu, 31 Desember 2016 23:37 WIB | 173 Views\nJakarta - The",
      0
    ],
    ["Police rescue 112 trafficking victims\nTuesday, 23 August 2022 | 17:15\nPolice said", 0],
    ["Over 900 migrants reach the islands in a week\nMonday, March 4, 2019 10:32 a.m. | 1,204 views\nThe", 0],
    // The page's own short lines above the headline are passed over.
    ["Skip to main content\n\nCHALLENGES IN RECEIVING 1.4 MILLION CITIZENS\n\nMeeting Summaries", 1],
    ["Home › News\n\nSome 3,000 asylum seekers wait for a decision\n\nThe office said", 1],
    ["Menu\n\nSearch\n\n2,500 migrants rescued off the coast\n\nThe navy said", 2]
  ])("%j opens with a headline after the page's chrome", (raw, line) => {
    const lines = raw.split("\n").filter((l) => l.trim());
    const at = raw.indexOf(lines[line]) + lines[line].length;
    expect(headlineEnd(raw)).toBe(at);
  });

  it.each([
    // A long line above: the text has begun.
    "The office reviewed its figures for the year in a new report\n\nOver 3,000 asylum seekers wait\n\nThe office",
    // A line of the text with its stop above.
    "It was a busy year.\n\nOver 3,000 asylum seekers wait\n\nThe office",
    // A dateline alone is no headline.
    "Tuesday, 23 August 2022 | 17:15\n\nPolice said 40 victims were rescued."
  ])("%j opens with none after its first lines", (raw) => expect(headlineEnd(raw)).toBe(-1));

  it.each([
    // A lead sentence with its stop.
    "Over 7,000 residence permits were issued in September.\n\nAccording to …",
    // A line that runs on into the next.
    "In 2020, 89 repatriates moved\nto Latvia.",
    // A title with no figure.
    "Key indicators of migration\n\nIn 2020, 12 …",
    // One line only.
    "Over 50,000 foreigners seek residence cards"
  ])("%j opens with none", (raw) => expect(headlineEnd(raw)).toBe(-1));
});

describe("headlines and aims in a press item", () => {
  it("are kept for review, the text's counts read", () => {
    const text =
      "Over 64,000 obtain work permits in 2023\n\nIn 2023, 64,284 people obtained work permits, and the ministry plans to issue 70,000 work permits next year.";
    expect(rows(text, "2023", "2024")).toEqual(["64284@2023 work_permits_issued []"]);
  });
});

describe("a headline ending in the item's date and time", () => {
  it.each([
    "iciHaiti - DR : 1,581 Haitians deported 27/01/2020 07:37:59\nThe Directorate …",
    "Border police detain 212 migrants 03.05.2021 18:42\nPolice said …",
    "Over 4,000 asylum claims lodged in May 12/06/2019\nThe office …",
    "Navy rescues 97 at sea 1-7-2022 09:15\nThe navy said …",
    "Some 640 work permits issued this week 14/02/2023\nThe ministry …"
  ])("%j stands alone though no blank line follows", (raw) => expect(headlineEnd(raw)).toBe(raw.indexOf("\n")));

  it.each([
    "In 2020, 1,581 Haitians were deported on 27/01/2020\nand 80 more later.",
    "Deported: 1,581 on 27/01/2020.\nThe Directorate …"
  ])("%j is no headline", (raw) => expect(headlineEnd(raw)).toBe(-1));

  it("is its own sentence, its figures kept for review", () => {
    const text =
      "Police: 1,581 migrants deported 27/01/2020 07:37:59\nFrom 13 to 19 January 2020, 1,687 migrants were checked at the border.";
    expect(rows(text, "2020-01", "2020-01-27").some((r) => r.startsWith("1581@"))).toBe(false);
  });
});

// "Twenty-nine immigration offenders arrested": a headline's number may be written in words.
describe("a headline whose number is written in words", () => {
  it.each([
    "Twenty-nine immigration offenders arrested\n\nThe department arrested 18 workers.",
    "Forty migrants rescued off Lampedusa\n\nThe coast guard said 40 people were saved.",
    "Three traffickers convicted in Accra\n\nThe court convicted three men.",
    "Seventy Nigeriens returned from Algeria\n\nIOM said 70 migrants came home.",
    "Twelve victims of trafficking identified\n\nPolice identified 12 victims.",
    "Eight illegal workers arrested in raids\n\nOfficers arrested 8 workers.",
    "Eleven migrants deported to Mexico\n\nOfficials deported 11 people.",
    "Fifteen asylum seekers granted protection\n\nThe office granted 15 claims.",
    "Nine smugglers detained at the border\n\nGuards detained 9 smugglers.",
    "Fifty-one refugees go home from Gabon\n\nUNHCR helped 51 refugees return."
  ])("%j opens with a headline", (raw) => expect(headlineEnd(raw)).toBe(raw.indexOf("\n")));

  it.each([
    "Press releases and statements\n\nThe department arrested 18 workers.",
    "Migrants deported to Mexico\n\nOfficials deported 11 people."
  ])("%j opens with none: its title holds no number", (raw) => expect(headlineEnd(raw)).toBe(-1));
});
