import {describe, expect, it} from "vitest";
import {bracketListedFigures} from "../../loaders/general/bracket-listed-figures.js";
import {countryRows} from "./read-paragraph.js";

const flat = (text: string) => ({text, offsets: Int32Array.from({length: text.length + 1}, (_, i) => i)});
const WHOLE = "As of 31 December 2023, there were 2,000 foreign workers in the territory.";
const listed = (sentence: string) => countryRows(`${WHOLE} ${sentence}`, undefined, "2023", "2024-03-01").slice(1);

describe("bracketListedFigures", () => {
  it.each([
    [
      "Samoa-598, Philippines-574, Fiji-270 and China-229.",
      "Samoa (598), Philippines (574), Fiji (270) and China (229)."
    ],
    ["were Syria: 631; Iraq: 597; Iran: 210.", "were Syria (631), Iraq (597), Iran (210)."],
    ["Guinea-Bissau-120, Senegal-90 and Gambia-40", "Guinea-Bissau (120), Senegal (90) and Gambia (40)"]
  ])("%s", (text, expected) => {
    expect(bracketListedFigures(flat(text)).text).toBe(expected);
  });

  it("points each added bracket at the figure it encloses", () => {
    const out = bracketListedFigures(flat("Samoa-598, Fiji-270, Tonga-90"));
    const open = out.text.indexOf("(");
    expect(out.offsets[open]).toBe(6);
    expect(out.offsets[out.text.indexOf(")")]).toBe(9);
    expect(out.offsets[out.text.length]).toBe(29);
  });

  it.each([
    "Cases of COVID-19, H-2B and SB-1070 were counted.",
    "Articles 5-7, 9-12 and 14-16 apply.",
    "Samoa-598 and Fiji-270.",
    "Phase-1, Phase-2 and Phase-3 were completed."
  ])("%s is no list of places", (text) => {
    expect(bracketListedFigures(flat(text)).text).toBe(text);
  });
});

// "Samoa-598, Philippines-574, Fiji-270": figures joined to the states they are of, read as a bracketed list would be.
describe("a list of states with figures joined by a hyphen or a colon", () => {
  it.each<[string, string[]]>([
    [
      "The top nationalities were Samoa-598, Philippines-574, Fiji-270, China-229 and Vietnam-70.",
      ["598 -/Samoa", "574 -/Philippines", "270 -/Fiji", "229 -/China", "70 -/Vietnam"]
    ],
    [
      "The top nationalities were Samoa: 598, Philippines: 574, Fiji: 270 and China: 229.",
      ["598 -/Samoa", "574 -/Philippines", "270 -/Fiji", "229 -/China"]
    ],
    [
      "The top nationalities were India-700; Nepal-500; Bangladesh-300.",
      ["700 -/India", "500 -/Nepal", "300 -/Bangladesh"]
    ],
    [
      "The main nationalities were Guinea-Bissau-120, Senegal-90 and Gambia-40.",
      ["120 -/Guinea-Bissau", "90 -/Senegal", "40 -/Gambia"]
    ],
    [
      "The top nationalities were Sri Lanka-310, Indonesia-220, Myanmar-150.",
      ["310 -/Sri Lanka", "220 -/Indonesia", "150 -/Burma"]
    ],
    [
      "The top nationalities were Kenya: 1,200, Uganda: 800 and Tanzania: 300.",
      ["1200 -/Kenya", "800 -/Uganda", "300 -/Tanzania"]
    ],
    [
      "The top nationalities were the Philippines-574, Samoa-598 and Tonga-90.",
      ["574 -/Philippines", "598 -/Samoa", "90 -/Tonga"]
    ],
    [
      "The top nationalities were Mexico-900, Guatemala-600, Honduras-450 and El Salvador-200.",
      ["900 -/Mexico", "600 -/Guatemala", "450 -/Honduras", "200 -/El Salvador"]
    ],
    ["The top nationalities were Ghana-40, Nigeria-30 and Togo-12.", ["40 -/Ghana", "30 -/Nigeria", "12 -/Togo"]],
    [
      "The top nationalities were Jamaica-1,200, Cuba-800 and Haiti-300.",
      ["1200 -/Jamaica", "800 -/Cuba", "300 -/Haiti"]
    ],
    [
      "The top nationalities were Tonga-45, Fiji-30, Samoa-25 and Kiribati-10.",
      ["45 -/Tonga", "30 -/Fiji", "25 -/Samoa", "10 -/Kiribati"]
    ],
    ["The top nationalities were Syria: 631; Iraq: 597; Iran: 210.", ["631 -/Syria", "597 -/Iraq", "210 -/Iran"]]
  ])("%s", (sentence, expected) => {
    expect(listed(sentence)).toEqual(expected);
  });
});
