import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator@period" of each row of a sentence of a statistics office's release on 2007. */
const read = (sentence: string) =>
  observations(sentence, "2007", "2008-04-29").map((o) => `${o.value} ${o.indicator}@${o.period.label}`);

// "39 000 immigrations from other countries": a statistics office counts moves into and out of the country as
// immigrations and emigrations, each a crossing of its border.
describe("immigrations and emigrations as moves across the border", () => {
  it.each([
    ["The increase in 2007 was made up of 39 000 immigrations from other countries.", "39000 border_crossings@2007"],
    ["In 2007 there were 39,000 immigrations and 20,000 emigrations.", "39000 border_crossings@2007"],
    ["In 2007 there were 39,000 immigrations and 20,000 emigrations.", "20000 border_crossings@2007"],
    ["Statistics Norway registered 61,800 immigrations in 2007.", "61800 border_crossings@2007"],
    ["There were 22,100 emigrations in 2007.", "22100 border_crossings@2007"],
    ["In 2007, 14,500 immigrations were from Poland.", "14500 border_crossings@2007"],
    ["The office recorded 5,300 emigrations to Sweden in 2007.", "5300 border_crossings@2007"],
    [
      "Net migration was the result of 61,800 immigrations and 22,100 emigrations in 2007.",
      "61800 border_crossings@2007"
    ],
    [
      "Net migration was the result of 61,800 immigrations and 22,100 emigrations in 2007.",
      "22100 border_crossings@2007"
    ],
    ["A total of 8,400 immigrations of Swedish citizens took place in 2007.", "8400 border_crossings@2007"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // "immigrations regulations": a misspelt adjective before a noun names no move.
    [
      "Immigration officials deported 135 persons for violating immigrations regulations in 2007.",
      "135 deportations@2007"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});
