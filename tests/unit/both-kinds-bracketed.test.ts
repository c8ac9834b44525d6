import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) => observations(text, "2018", "2019").map((o) => `${o.value} ${o.category ?? "-"}`);

// "remittances from both sea-based (US$4.8 billion) and land-based workers (US$16.6 billion)": a "both … and"
// coordination sets two kinds apart, each with its figure in brackets after it.
describe("figures bracketed after the kinds of a both … and coordination", () => {
  it.each([
    [
      "In 2018, remittances from both sea-based (US$4.8 billion) and land-based workers (US$16.6 billion) grew.",
      ["4800000000 sea-based", "16600000000 land-based"]
    ],
    [
      "In 2018 remittances rose from both land-based ($5.71 billion) and sea-based ($1.58 billion) workers.",
      ["5710000000 land-based", "1580000000 sea-based"]
    ],
    [
      "In 2018, remittances from both formal (US$2.1 billion) and informal channels (US$0.9 billion) increased.",
      ["2100000000 formal", "900000000 informal"]
    ],
    [
      "In 2018, remittances from both permanent (US$2.2 billion) and temporary migrants (US$1.4 billion) rose.",
      ["2200000000 permanent", "1400000000 temporary"]
    ],
    [
      "In 2018, remittances to both urban (US$3.1 billion) and rural households (US$0.6 billion) rose.",
      ["3100000000 urban", "600000000 rural"]
    ],
    [
      "In 2018, remittances through both bank (US$12 billion) and non-bank channels (US$3 billion) increased.",
      ["12000000000 bank", "3000000000 non-bank"]
    ],
    [
      "In 2018, remittances from both documented (US$3.2 billion) and undocumented migrants (US$1.1 billion) were estimated.",
      ["3200000000 documented", "1100000000 undocumented"]
    ],
    [
      "In 2018, the government allocated both regular (US$2 million) and emergency funds (US$500,000) to shelters for trafficking victims.",
      ["2000000 regular", "500000 emergency"]
    ],
    [
      "In 2018, remittances from both cash (US$1.2 billion) and in-kind transfers (US$0.3 billion) were recorded.",
      ["1200000000 cash", "300000000 in-kind"]
    ],
    [
      "In 2018, remittances sent by both male (US$700 million) and female migrants (US$450 million) increased.",
      ["700000000 male", "450000000 female"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Without "both", a bracket after a word is no kind of its own.
    ["In 2018, remittances from land-based workers (US$16.6 billion) grew.", ["16600000000 -"]],
    // "both" before the figures themselves sets no kind apart.
    ["In 2018, both figures rose: arrivals (5,200) and departures (4,800).", ["5200 -", "4800 -"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
