import {describe, expect, it} from "vitest";
import {isIntended} from "../../loaders/general/read-intent.js";
import {headlineEnd} from "../../loaders/general/read-headline.js";
import {rows} from "./read-paragraph.js";

const at = (text: string) => isIntended(text, text.search(/\d/));

describe("isIntended", () => {
  it.each([
    "The government continues its work to enable the return of 1 million Syrians in total.",
    "The ministry plans to issue 20,000 work permits next year.",
    "The programme aims to resettle 5,000 refugees.",
    "The government intends to grant 3,000 residence permits.",
    "The service expects to receive 12,000 applications.",
    "The number is expected to reach 15,000 by December.",
    "The target of 3,000 returns was set for 2022.",
    "The goal is to return 4,500 migrants.",
    "The country will accept 2,000 refugees.",
    "The agency hopes to process 8,000 claims.",
    "Efforts to enable the return of 900 migrants continue.",
    "The state pledged to admit 1,500 asylum seekers."
  ])("%s", (text) => expect(at(text)).toBe(true));

  it.each([
    "583,618 Syrians have voluntarily returned to their homeland thus far.",
    "The ministry issued 20,000 work permits.",
    "In 2022, 3,000 persons were returned under the plan.",
    "The plan, adopted in 2019, led to 4,500 returns.",
    "Under the target set last year, 3,000 migrants returned.",
    "A total of 12,000 applications were received as expected.",
    "Of those who planned to stay, 900 were granted permits.",
    "The service received 8,000 claims; it will publish more data soon."
  ])("not %s", (text) => expect(at(text)).toBe(false));

  it.each([
    ["700 left of their own free will and 200 under escort.", "200"],
    ["500 returned of their own will and 300 by court order.", "300"],
    ["Of these, 90 by good will and 40 otherwise.", "40"]
  ])("not the count after the noun 'will': %s", (text, n) => {
    expect(isIntended(text, text.indexOf(n))).toBe(false);
  });
});

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
