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
