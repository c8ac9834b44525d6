import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2010", "2011-03-01");

describe("a year's end that dated a stock dates the undated stocks after it", () => {
  it.each([
    [
      "At the end of 2009, the number of registered foreign residents was 2,186,121. Chinese nationals are the largest foreign community residing in the country (680,518), followed by Brazilians (267,456).",
      ["680518@2009-12-31", "267456@2009-12-31"]
    ],
    [
      "At the end of 2009, 41,000 refugees lived in the country. Syrians are the largest group living in the country (21,000), followed by Iraqis (9,000).",
      ["21000@2009-12-31", "9000@2009-12-31"]
    ],
    [
      "At the end of 2009 there were 95,000 foreign residents. Filipinos are the largest foreign community residing in the country (30,500), followed by Indonesians (12,100).",
      ["30500@2009-12-31", "12100@2009-12-31"]
    ],
    [
      "By the end of 2009, the number of foreign residents had reached 310,000. Ukrainians are the largest foreign community residing in the country (120,000), followed by Belarusians (40,000).",
      ["120000@2009-12-31", "40000@2009-12-31"]
    ],
    [
      "At the end of 2009, the number of registered foreign residents was 640,000. Turks are the largest foreign community residing in the country (210,000), followed by Moroccans (95,000).",
      ["210000@2009-12-31", "95000@2009-12-31"]
    ],
    [
      "At the end of 2009, the number of foreign residents stood at 77,000. Indians are the largest foreign community residing in the country (25,000), followed by Pakistanis (14,000).",
      ["25000@2009-12-31", "14000@2009-12-31"]
    ],
    [
      "At the end of 2009, the number of registered foreign residents was 58,000. Russians are the largest foreign community residing in the country (19,000), followed by Estonians (6,500).",
      ["19000@2009-12-31", "6500@2009-12-31"]
    ],
    [
      "At the end of 2009, the number of registered foreign residents was 1,020,000. Koreans are the largest foreign community residing in the country (400,000), followed by Vietnamese (110,000).",
      ["400000@2009-12-31", "110000@2009-12-31"]
    ],
    [
      "At the end of 2009, the country hosted 120,000 refugees. Somalis are the largest group living in the country (80,000), followed by Ethiopians (25,000).",
      ["80000@2009-12-31", "25000@2009-12-31"]
    ],
    [
      "At the end of 2009, the number of foreign residents was 210,000. Albanians are the largest foreign community residing in the country (90,000), followed by Bulgarians (30,000).",
      ["90000@2009-12-31", "30000@2009-12-31"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got.some((r) => r.startsWith(`${e} `))).toBe(true);
  });
});

describe("flows after a year's end keep the year", () => {
  it.each([
    [
      "At the end of 2009, the number of registered foreign residents was 2,186,121. During 2009, 3,400 foreigners were deported.",
      "3400@2009 "
    ],
    [
      "At the end of 2009, 41,000 refugees lived in the country. In 2009, 5,200 asylum applications were filed.",
      "5200@2009 "
    ]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});
