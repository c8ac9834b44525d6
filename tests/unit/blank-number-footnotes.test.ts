import {describe, expect, it} from "vitest";
import {blankNumberFootnotes} from "../../loaders/general/blank-number-footnotes.js";
import {rows} from "./read-paragraph.js";

/** "value indicator" of one paragraph of a release on 2014. */
const read = (text: string) => rows(text, "2014", "2015-01-20").map((r) => r.replace(/@\S+/, "").replace(/ \[.*$/, ""));

describe("a footnote mark glued to a number before its word", () => {
  it.each([
    ["In total, 356* Somalis have been returned from Kenya in 2014.", "356 "],
    ["A total of 1,204** migrants were registered in 2014.", "1204 "],
    ["In 2014, 87* victims of trafficking were identified.", "87 "],
    ["Police arrested 412* smugglers in 2014.", "412 "],
    ["In 2014, 2,310* work permits were issued to foreigners.", "2310 "],
    ["The country deported 5,120*** irregular migrants in 2014.", "5120 "],
    ["In 2014, 64* asylum applications were lodged.", "64 "],
    ["Authorities repatriated 930* nationals from Libya in 2014.", "930 "],
    ["In 2014, 18* traffickers were convicted.", "18 "],
    ["Some 7,861* returnees were assisted in 2014.", "7861 "]
  ])("%s", (text, expected) => {
    expect(
      read(text).some((r) => r.startsWith(expected)),
      read(text).join("; ")
    ).toBe(true);
  });

  it.each([
    ["a year with its mark in a table header", "2013* 2014"],
    ["a mark before a figure", "Arrivals *1,204 persons"],
    ["a mark at the end of a sentence", "The total was 1,204*."],
    ["a product", "3*4 cells"]
  ])("left alone: %s", (_name, text) => {
    const flat = {text, offsets: new Int32Array(text.length + 1)};
    expect(blankNumberFootnotes(flat).text).toBe(text);
  });

  it("keeps the length, so every offset holds", () => {
    const text = "In total, 356* Somalis";
    const out = blankNumberFootnotes({text, offsets: new Int32Array(text.length + 1)}).text;
    expect(out).toBe("In total, 356  Somalis");
  });
});
