import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";
import {pairedLists} from "../../../loaders/general/read-paired-items.js";

/** Each observation of one paragraph as "value period citizenship sex age category". */
function read(text: string): string[] {
  return observe(
    text,
    "2022",
    "2023",
    (o) =>
      `${o.value} ${o.period?.label ?? "-"} ${o.citizenship ?? "-"} ${o.sex ?? "-"} ${o.age_group ?? "-"} ${o.category ?? "-"}`
  );
}

describe("paired values of a comparison, each set against the count in its place", () => {
  it.each<[string, string[]]>([
    [
      "In 2022, the shelter assisted 14 female trafficking victims and seven male victims, compared with 11 and none in 2021 and nine and three in 2020.",
      ["11 2021 - female - shelter", "0 2021 - male - -", "9 2020 - female - shelter", "3 2020 - male - -"]
    ],
    [
      "In 2022, the ministry repatriated 230 Nepali migrant workers and 75 Indian migrant workers, compared with 180 and 60 in 2021.",
      ["180 2021 Nepal - - -", "60 2021 India - - -"]
    ],
    [
      "In 2022, the agency deported 410 Afghan nationals and 95 Pakistani nationals, compared with 388 and 102 in 2021 and 290 and 77 in 2020.",
      ["388 2021 Afghanistan - - -", "102 2021 Pakistan - - -", "290 2020 Afghanistan - - -", "77 2020 Pakistan - - -"]
    ],
    [
      "In 2022, the government identified 44 adult victims and 18 child victims, compared with 37 and 25 in 2021; 29 and 11 in 2020.",
      ["37 2021 - - adult -", "25 2021 - - child -", "29 2020 - - adult -", "11 2020 - - child -"]
    ],
    [
      "In 2022, the government identified 19 female victims and three male victims (14 and two in 2021).",
      ["14 2021 - female - -", "2 2021 - male - -"]
    ],
    [
      "In 2022, officials identified 90 women and 35 men as trafficking victims, compared with 71 and none during 2021.",
      ["71 2021 - female adult -", "0 2021 - male adult -"]
    ],
    [
      "In 2022, authorities identified 31 child victims and 12 adult victims, compared with 19 and 40 in 2021.",
      ["19 2021 - - child -", "40 2021 - - adult -"]
    ],
    [
      "In 2022, police identified 8 male trafficking victims and 22 female victims, compared with 5 and 17 in 2021, and 3 and 9 in 2020.",
      ["5 2021 - male - -", "17 2021 - female - -", "3 2020 - male - -", "9 2020 - female - -"]
    ],
    [
      "In 2022, the government identified six victims of forced labor and 15 victims of sex trafficking, compared with two and 10 in 2021.",
      ["2 2021 - - - forced labor", "10 2021 - - - sex trafficking"]
    ],
    [
      "In 2022, NGOs assisted 40 adult trafficking victims and four child victims, versus 28 and zero in 2021.",
      ["28 2021 - - adult -", "0 2021 - - child -"]
    ],
    [
      "In 2022, officials identified 16 boys and 21 girls as trafficking victims, compared to twelve and eighteen in 2021 and four and six in 2020.",
      ["12 2021 - male child -", "18 2021 - female child -", "4 2020 - male child -", "6 2020 - female child -"]
    ]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, number[][]]>([
    [
      ", compared with 25 and none in 2018 and two and four in 2017.",
      [
        [25, 0],
        [2, 4]
      ]
    ],
    [", compared to 3, 8 and 1 in 2019.", [[3, 8, 1]]],
    [
      ", versus 120 and 45 in 2020; 98 and 30 in 2019.",
      [
        [120, 45],
        [98, 30]
      ]
    ],
    [", down from 7 and nil during 2021.", [[7, 0]]],
    [", compared with 1,204 and 96 in FY 2020.", [[1204, 96]]],
    ["(14 and two in 2020)", [[14, 2]]],
    [
      "(2,140 and 96 in 2020, and 1,870 and 75 in 2019)",
      [
        [2140, 96],
        [1870, 75]
      ]
    ],
    // A number with a thousands comma is one value.
    ["(1,930 in 2016)", []],
    // A bracket that goes on after the years is no list of earlier values.
    ["(14 and two in 2020, both in Lagos)", []],
    // One value a year is a list of earlier years of one count, no pairing.
    [", compared with 25 in 2018 and 19 in 2017.", []],
    // Years with different numbers of values pair nothing.
    [", compared with 25 and 4 in 2018 and 19 in 2017.", []],
    // No comparison opens the list.
    [" and 25 and 4 in 2018.", []],
    // Values with no year after them.
    [", compared with 25 and 4 last year.", []]
  ])("%j pairs %j", (text, groups) => {
    const words: Record<string, number> = {none: 0, nil: 0, zero: 0, two: 2, four: 4};
    // The values as numbers, in digits or words.
    const value = (t: string) => words[t.toLowerCase()] ?? Number(t.replace(/,/g, ""));
    expect(pairedLists(text).map((l) => l.groups.map((g) => g.map((v) => value(v.text))))).toEqual(
      groups.length ? [groups] : []
    );
  });
});
