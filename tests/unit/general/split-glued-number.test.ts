import {describe, expect, it} from "vitest";
import {splitGluedNumbers} from "../../../loaders/general/split-glued-number.js";
import {flatten, toRaw} from "../../../loaders/text/flatten.js";
import {rows} from "../read-paragraph.js";

const split = (text: string) => splitGluedNumbers(flatten(text)).text;
const read = (text: string) => rows(text, "2022", "2023-02-01").map((r) => r.replace(/ \[.*\]$/, ""));

describe("a number glued to the word after it", () => {
  it.each([
    ["Border guards stopped 4,118unauthorised crossings.", "Border guards stopped 4,118 unauthorised crossings."],
    ["The coast guard rescued 612migrants at sea.", "The coast guard rescued 612 migrants at sea."],
    ["Inspectors found 38victims of forced labour.", "Inspectors found 38 victims of forced labour."],
    ["A total of 1,204,530applications arrived.", "A total of 1,204,530 applications arrived."],
    ["Some 2.5million remittance transfers were made.", "Some 2.5 million remittance transfers were made."],
    ["Police charged 77smugglers and 9recruiters.", "Police charged 77 smugglers and 9 recruiters."]
  ])("%s", (text, expected) => {
    expect(split(text)).toBe(expected);
  });

  it("leaves codes, years, units, ordinals and words with digits alone", () => {
    for (const text of [
      "Holders of H2B and E7 visas, the COVID19 wave and A4 forms.",
      "The 2021annual plan was adopted.",
      "Trucks carried 40kgs and 15ltrs each.",
      "It was the 3rd time, the 21st week, at 10am.",
      "See www.gov.example/2022report and ref #123abc or id 7f3e9ab.",
      "A 4-fold rise; 12,5a of the law."
    ])
      expect(split(text)).toBe(text);
  });

  it.each([
    ["Another155 new removal orders were issued.", "Another 155 new removal orders were issued."],
    ["They deported about2,000 migrants.", "They deported about 2,000 migrants."],
    ["In total1,200 victims were identified.", "In total 1,200 victims were identified."],
    ["The police arrested some350 migrants.", "The police arrested some 350 migrants."],
    ["Nearly4,500 permits were issued.", "Nearly 4,500 permits were issued."],
    ["A further120 cases were opened.", "A further 120 cases were opened."],
    ["Over1,000 people were returned.", "Over 1,000 people were returned."],
    ["Only250 applications were granted.", "Only 250 applications were granted."],
    ["The Agenda2030 goals were set.", "The Agenda 2030 goals were set."],
    ["They received another250,000 dollars.", "They received another 250,000 dollars."]
  ])("parts a word glued onto the number after it: %s", (text, parted) => {
    expect(split(text)).toBe(parted);
  });

  it("leaves a word glued onto a short number or a code in capitals alone", () => {
    for (const text of [
      "The Covid19 wave and the COVID19 office.",
      "See Art5 and para12.",
      "The H1N1 and SARS2 strains."
    ])
      expect(split(text)).toBe(text);
  });

  it("keeps every character pointing at its place in the source", () => {
    const raw = "They held\n 930detainees in May.";
    const flat = splitGluedNumbers(flatten(raw));
    const at = flat.text.indexOf("detainees");
    expect(raw.slice(...toRaw(flat, at, at + "detainees".length))).toBe("detainees");
    expect(raw.slice(...toRaw(flat, 0, flat.text.length))).toBe(raw.trim());
  });

  it("reads the number with its noun", () => {
    expect(read("In 2022, border police foiled 8,341irregular migration attempts.")).toContain(
      "8341@2022 irregular_migration_attempts_prevented"
    );
    expect(read("In 2022, 2,967asylum applications were lodged.")).toContain("2967@2022 asylum_applications");
    expect(read("In 2022, the COVID19 office issued E9 permits.")).toEqual([]);
  });
});
