import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const origins = (sentence: string) => countryRows(sentence, undefined, "2022", "2023-06-01");

// "with the majority (7 393) being from Zimbabwe", "most of them (7,393) from Zimbabwe": a quantifier whose number
// follows in brackets counts the part the words after the bracket name, whether a verb, "being" or "from" follows.
describe("a bracketed count after a quantifier, then where its people came from", () => {
  it.each([
    ["In 2022, 10,808 people were deported, with the majority (7 393) being from Zimbabwe.", "7393 -/Zimbabwe"],
    ["In 2022, 10,808 people were deported, with the majority (7,393) being from Zimbabwe.", "7393 -/Zimbabwe"],
    ["In 2022, 10,808 people were deported, most of them (7,393) from Zimbabwe.", "7393 -/Zimbabwe"],
    ["In 2022, 10,808 people were deported, the majority (7,393) from Zimbabwe.", "7393 -/Zimbabwe"],
    ["In 2022, 5,200 migrants were deported, most (3,100) being from Ethiopia.", "3100 -/Ethiopia"],
    ["In 2022, 5,200 migrants were deported, the vast majority (4 100) being from Ethiopia.", "4100 -/Ethiopia"],
    ["In 2022, 900 migrants were returned, nearly all (870) from Haiti.", "870 -/Haiti"],
    ["In 2022, 900 migrants were returned, half (450) being from Guatemala.", "450 -/Guatemala"],
    ["In 2022, 12 000 people were deported, the majority (9 200) being from Mozambique.", "9200 -/Mozambique"],
    ["In 2022, 640 migrants were deported, many of them (310) from Senegal.", "310 -/Senegal"]
  ])("%s", (sentence, expected) => {
    expect(origins(sentence)).toContain(expected);
  });
});

// "7,393 from Zimbabwe and 3,020 from Malawi": each item of a list of origins is of its own people, never also of the
// people of the item before it.
describe("sibling items each naming where their people came from", () => {
  it.each([
    ["In 2022, 10,808 people were deported, 7,393 from Zimbabwe and 3,020 from Malawi.", "3020 -/Malawi"],
    [
      "In 2022, 10,808 people were deported, the majority (7,393) from Zimbabwe and 3,020 from Malawi.",
      "3020 -/Malawi"
    ],
    ["In 2022, 5,200 migrants were deported, 3,100 from Ethiopia and 2,100 from Somalia.", "2100 -/Somalia"]
  ])("%s", (sentence, expected) => {
    expect(origins(sentence)).toContain(expected);
  });

  it.each([
    // A part of a people sent home still names the place it left with "from".
    [
      "1,245 Hondurans were deported in 2022. Of the total, 845 came from the United States and 400 from Mexico.",
      ["845 United States/Honduras", "400 Mexico/Honduras"]
    ]
  ])("%s", (sentence, expected) => {
    const read = origins(sentence);
    for (const e of expected) expect(read).toContain(e);
  });
});
