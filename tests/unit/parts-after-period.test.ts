import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-07-19");

describe("parts listed right after a whole's period are of it", () => {
  it.each([
    [
      "The government initiated six cases, compared with 40 cases in 2020, including 24 sex trafficking cases and 16 forced labor cases, and eight cases in 2019.",
      ["24@2020", "16@2020", "8@2019"]
    ],
    [
      "Authorities identified 90 victims, compared with 120 victims in 2020, including 70 women and 50 men, and 95 in 2019.",
      ["70@2020", "50@2020", "95@2019"]
    ],
    [
      "Police investigated 12 cases, compared with 30 cases in 2020, including 18 sex trafficking cases and 12 labor trafficking cases, and 22 cases in 2019.",
      ["18@2020", "12@2020", "22@2019"]
    ],
    [
      "Courts convicted nine traffickers, compared with 14 traffickers in 2020, including ten men and four women, and 11 in 2019.",
      ["10@2020", "4@2020", "11@2019"]
    ],
    [
      "The agency assisted 300 victims, compared with 410 victims in 2020, including 250 adults and 160 children, and 380 in 2019.",
      ["250@2020", "160@2020", "380@2019"]
    ],
    [
      "The government prosecuted 15 suspects, compared with 27 suspects in 2020, including 20 for sex trafficking and seven for forced labor, and 19 in 2019.",
      ["20@2020", "7@2020", "19@2019"]
    ],
    [
      "In 2021, 64 victims were identified, compared with 81 victims in 2020, including 60 women and 21 men, and 77 in 2019.",
      ["60@2020", "21@2020", "77@2019"]
    ],
    [
      "Officials identified 33 victims, compared with 52 victims in 2020, including 40 girls and 12 boys, and 47 in 2019.",
      ["40@2020", "12@2020", "47@2019"]
    ],
    [
      "The government opened five investigations, compared with 18 investigations in 2020, including 11 sex trafficking and seven forced labor investigations, and nine in 2019.",
      ["11@2020", "7@2020", "9@2019"]
    ],
    [
      "NGOs assisted 140 victims, compared with 200 victims in 2020, including 150 women and 50 children, and 170 in 2019.",
      ["150@2020", "50@2020", "170@2019"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got.some((r) => r.startsWith(`${e} `))).toBe(true);
  });
});

describe("a part with a period of its own keeps it", () => {
  it.each([
    ["Police identified 50 victims in 2020, including 20 children in 2019.", "20@2019 "],
    ["The government identified 80 victims in 2021, including 30 women.", "30@2021 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});
