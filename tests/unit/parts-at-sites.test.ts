import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2019-08", "2019-09-10").map((o) => `${o.value} ${o.category ?? "-"}`);

// "731 were recorded at Al Makhabah flow monitoring point, 576 at Al Karoob FMP": an elided part named by the site it
// was counted at, as "385 in Kakuma" is by the place.
describe("elided parts named by the site they were counted at", () => {
  it.each([
    [
      "In Lahj governorate, 1,972 migrants arrived, wherein 731 were recorded at Al Makhabah flow monitoring point (FMP), 576 at Al Karoob FMP, 455 at Al Azaf FMP.",
      ["1972 Lahj", "731 Al Makhabah", "576 Al Karoob", "455 Al Azaf"]
    ],
    [
      "In August, 900 migrants arrived; 500 were recorded at Bab el Mandeb, 250 at Dhubab and 150 at Mocha.",
      ["900 -", "500 Bab el Mandeb", "250 Dhubab", "150 Mocha"]
    ],
    [
      "In August, 2,100 refugees were registered at Kakuma, 800 at Dadaab and 300 at Kalobeyei.",
      ["2100 Kakuma", "800 Dadaab", "300 Kalobeyei"]
    ],
    [
      "In August, 640 migrants were intercepted at Lampedusa, 220 at Pozzallo and 90 at Augusta.",
      ["640 Lampedusa", "220 Pozzallo", "90 Augusta"]
    ],
    [
      "In August, 1,300 arrivals were counted at Ber Ali, 420 at Eyn Bamabad and 75 at Al Aarah.",
      ["1300 Ber Ali", "420 Eyn Bamabad", "75 Al Aarah"]
    ],
    [
      "In August, 3,400 returnees crossed at Torkham, 1,250 at Spin Boldak and 310 at Islam Qala.",
      ["3400 Torkham", "1250 Spin Boldak", "310 Islam Qala"]
    ],
    [
      "In August, 520 asylum seekers were registered at Tapachula, 140 at Tenosique and 60 at Palenque.",
      ["520 Tapachula", "140 Tenosique", "60 Palenque"]
    ],
    [
      "In August, 760 migrants were detained at Villawood, 230 at Yongah Hill and 45 at Christmas Island.",
      ["760 Villawood", "230 Yongah Hill", "45 Christmas Island"]
    ],
    [
      "In August, 410 migrants were recorded at Obock FMP, 120 at Tadjourah FMP and 60 at Loyada FMP.",
      ["410 Obock", "120 Tadjourah", "60 Loyada"]
    ],
    [
      "In August, 2,900 arrivals were registered at Gorom, 1,100 at Renk and 400 at Joda.",
      ["2900 Gorom", "1100 Renk", "400 Joda"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // "at" before a time or a bound names no site.
    "There were 19,253 refugees as of 31 August 2019, up from 18,877 at the end of July 2019.",
    "In August, 300 migrants arrived, 120 at least of them women.",
    "In August, 640 migrants were intercepted, 220 at sea and 90 at the border."
  ])("%s names no site", (text) => {
    expect(read(text).every((r) => r.endsWith(" -"))).toBe(true);
  });
});
