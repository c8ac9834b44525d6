import {describe, expect, it} from "vitest";
import {bracketListedFigures} from "../../loaders/general/bracket-listed-figures.js";
import {countryRows, observations} from "./read-paragraph.js";

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

// "Catalonia, 423,988; Madrid, 394,661; Valencia, 216,353": places below a state, each with its figure after a comma,
// the items joined by semicolons, are the parts a bracketed list of them would be.
describe("a list of places with figures after commas, joined by semicolons", () => {
  const places = (text: string) => observations(text, "2019", "2020").map((o) => `${o.value} ${o.category ?? "-"}`);
  it.each([
    [
      "In 2019, arrivals by sea were recorded in Andalusia, 12,400; Ceuta, 2,100; Melilla, 1,300.",
      ["12400 Andalusia", "2100 Ceuta", "1300 Melilla"]
    ],
    [
      "Work permits were issued mostly in Riyadh, 40,200; Jeddah, 31,000; Dammam, 12,750 in 2019.",
      ["40200 Riyadh", "31000 Jeddah", "12750 Dammam"]
    ],
    [
      "In 2019, police identified trafficking victims in Lagos, 120; Edo, 95 and Kano, 40.",
      ["120 Lagos", "95 Edo", "40 Kano"]
    ],
    [
      "Registered asylum seekers in 2019: Tripoli, 3.400; Misrata, 1.250; Benghazi, 980.",
      ["3400 Tripoli", "1250 Misrata", "980 Benghazi"]
    ],
    [
      "In 2019, deportations were carried out from Bangkok, 2,100; Chiang Mai, 850; Songkhla, 400.",
      ["2100 Bangkok", "850 Chiang Mai", "400 Songkhla"]
    ],
    [
      "Applications for residence in 2019: Lisbon, 14,200; Porto, 6,900; Faro, 3,100.",
      ["14200 Lisbon", "6900 Porto", "3100 Faro"]
    ],
    [
      "In 2019, detainees were held in Villawood, 450; Yongah Hill, 280; Christmas Island, 120.",
      ["450 Villawood", "280 Yongah Hill", "120 Christmas Island"]
    ],
    [
      "Irregular migrants were intercepted in 2019 at Lampedusa, 4,200; Sicily, 3,100; Calabria, 900.",
      ["4200 Lampedusa", "3100 Sicily", "900 Calabria"]
    ],
    [
      "Legal residents at the end of 2019 were mostly in Catalonia, 423.988; Madrid, 394.661; Valencia, 216.353; Canary Islands, 122.292.",
      ["423988 Catalonia", "394661 Madrid", "216353 Valencia", "122292 Canary Islands"]
    ],
    [
      "In 2019, migrants were detained by the National Migration Institute in Colima, 14; Michoacán, 26; and Morelos, 30.",
      ["14 Colima", "26 Michoacán", "30 Morelos"]
    ]
  ])("%s", (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    // Years and months before their figures are times, not places.
    [
      "In 2019, 1,200; in 2020, 1,500; in 2021, 1,700 migrants arrived.",
      "In 2019, 1,200; in 2020, 1,500; in 2021, 1,700 migrants arrived."
    ],
    ["Arrivals were May, 1,200; June, 1,500; July, 1,700.", "Arrivals were May, 1,200; June, 1,500; July, 1,700."],
    // Two items make no list.
    ["Arrivals were Lampedusa, 4,200; Sicily, 3,100.", "Arrivals were Lampedusa, 4,200; Sicily, 3,100."],
    // A list of states is read as it stands.
    [
      "Removals were Anguilla, 2; Barbados, 29; Belize, 90; Bermuda, 2.",
      "Removals were Anguilla, 2; Barbados, 29; Belize, 90; Bermuda, 2."
    ]
  ])("%s is left as written", (text, expected) => {
    expect(bracketListedFigures(flat(text)).text).toBe(expected);
  });
});
