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
