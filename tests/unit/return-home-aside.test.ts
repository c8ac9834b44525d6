import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, undefined, "2017-05", "2017-05-10");

describe("the state people were brought home to, named after a parts aside, is the whole's and its parts' citizenship", () => {
  it.each([
    [
      "IOM assisted 165 stranded migrants – 152 men and 13 women – to return home from Libya to Guinea (Conakry).",
      "Guinea"
    ],
    ["IOM assisted 165 stranded migrants – 152 men and 13 women – to return home from Libya to Guinea.", "Guinea"],
    ["IOM helped 170 migrants – 158 men and 12 women – return home to The Gambia from Libya.", "Gambia"],
    ["The agency helped 140 migrants – 120 men and 20 women – to return home from Niger to Mali.", "Mali"],
    ["IOM supported 90 migrants – 70 men and 20 women – to go home from Yemen to Ethiopia.", "Ethiopia"],
    ["IOM assisted 230 migrants – 200 men and 30 women – to return home from Algeria to Senegal.", "Senegal"],
    ["IOM assisted 118 migrants – 100 men and 18 women – to return home safely from Libya to Nigeria.", "Nigeria"],
    ["IOM assisted 75 stranded migrants – 60 men and 15 women – to return home from Morocco to Cameroon.", "Cameroon"],
    [
      "The flight helped 210 migrants – 190 men and 20 women – to return home from Libya to Burkina Faso.",
      "Burkina Faso"
    ],
    ["IOM assisted 64 migrants – 50 men and 14 women – to return home from Egypt to Sudan.", "Sudan"]
  ])("%s", (text, state) => {
    const rows = read(text);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(new RegExp(`/${state.replace("'", ".")}$`));
  });

  it.each([
    // Two states: the people are of neither alone.
    "IOM helped 170 migrants – 158 men and 12 women – return home to Nigeria and Senegal.",
    // Sent back to a transit state, not home.
    "Authorities sent 170 migrants – 158 men and 12 women – back to Turkey from Greece.",
    // A return with no place it reached.
    "IOM helped 170 migrants – 158 men and 12 women – to return home from Libya."
  ])("no citizenship from %s", (text) => {
    for (const row of read(text)) expect(row).toMatch(/\/-$/);
  });
});
