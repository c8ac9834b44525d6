import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator" of every row of a sentence in a report on 2016. */
const read = (text: string) => rows(text, "2016", "2017-06-01").map((r) => r.split(" ").slice(0, 2).join(" "));

// "Overall emigration is estimated to have reached 76,400": a move named as a mass noun, the subject of a level,
// counts the people who made it.
describe("emigration and immigration as the subject of a level", () => {
  it.each([
    ["Overall emigration is estimated to have reached 76,400 in 2016.", ["76400@2016 emigrants"]],
    ["Immigration to Ireland fell to 42,300 in 2016.", ["42300@2016 immigrants"]],
    ["Emigration reached 50,900 in 2016.", ["50900@2016 emigrants"]],
    ["Total immigration rose to 85,400 in 2016.", ["85400@2016 immigrants"]],
    ["In 2016, emigration stood at 31,800.", ["31800@2016 emigrants"]],
    ["Gross emigration amounted to 27,000 in 2016.", ["27000@2016 emigrants"]],
    ["Immigration increased from 30,800 to 42,300 in 2016.", ["30800@2015 immigrants", "42300@2016 immigrants"]],
    ["Annual immigration totalled 120,000 in 2016.", ["120000@2016 immigrants"]],
    ["International immigration reached 606,000 in 2016.", ["606000@2016 immigrants"]],
    ["Emigration from the country fell to 22,500 in 2016.", ["22500@2016 emigrants"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // An office, its officers or a move with no level of its own count no movers.
  it.each([
    "The Immigration Service registered 4,000 foreigners in 2016.",
    "Immigration officers detained 300 migrants in 2016.",
    "Immigration rules changed in 2016 for 3 categories of workers."
  ])("%s", (text) => {
    expect(read(text).filter((r) => / (?:immigrants|emigrants)$/.test(r))).toEqual([]);
  });
});
