import {describe, expect, it} from "vitest";
import {observe, partsOf} from "./observe.js";

/** Each observation of one paragraph as "value citizenship sex age category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", partsOf);
}

describe("parts in apposition to a whole they add up to", () => {
  it.each<[string, string[]]>([
    [
      "In 2021, border officials intercepted 340 Nepali travelers, 210 females and 130 males, at the airport.",
      ["210 Nepal female - -", "130 Nepal male - -"]
    ],
    [
      "The government identified 85 Cambodian trafficking victims, 60 women and 25 men, in 2021.",
      ["60 Cambodia female adult -", "25 Cambodia male adult -"]
    ],
    [
      "Police identified 47 child trafficking victims, 30 girls and 17 boys, during raids in 2021.",
      ["30 - female child -", "17 - male child -"]
    ],
    [
      "In 2021, the agency repatriated 1,020 Filipino migrant workers, 640 women, 300 men and 80 children.",
      ["640 Philippines female adult -", "300 Philippines male adult -", "80 Philippines - child -"]
    ],
    [
      "Authorities identified 52 forced labor victims, 40 men and 12 women, on fishing vessels in 2021.",
      ["40 - male adult forced labor", "12 - female adult forced labor"]
    ],
    [
      "In 2021, officials intercepted 96 Ethiopian migrants, 71 males and 25 females; most were bound for Saudi Arabia.",
      ["71 Ethiopia male - -", "25 Ethiopia female - -"]
    ],
    [
      "The shelters assisted 33 Nigerian trafficking victims, 29 women and four girls, in 2021.",
      ["29 Nigeria female adult shelter", "4 Nigeria female child shelter"]
    ],
    [
      "In 2021, the ministry identified 18 Vietnamese victims of sex trafficking, 11 women and seven girls.",
      ["11 Vietnam female adult sex trafficking", "7 Vietnam female child sex trafficking"]
    ],
    [
      "In 2021, police intercepted 250 Bangladeshi migrants, 190 men and 60 boys, near the border.",
      ["190 Bangladesh male adult -", "60 Bangladesh male child -"]
    ],
    [
      "In 2021, the government identified 64 Burmese victims, 44 males and 20 females, in fishing.",
      ["44 Burma male - -", "20 Burma female - -"]
    ],
    [
      "In 2021, the government identified 30 sex trafficking victims (18 women and 12 girls) and 14 forced labor victims (10 men and four boys).",
      ["18 - female adult sex trafficking", "12 - female child sex trafficking", "4 - male child forced labor"]
    ],
    [
      "In 2021, police identified 25 victims of forced labor, including 15 men and 10 boys.",
      ["15 - male adult forced labor", "10 - male child forced labor"]
    ],
    [
      "In 2021, the agency registered 2,950 Nepali workers (410 women and 2,540 men) for jobs abroad.",
      ["410 Nepal female adult -", "2540 Nepal male adult -"]
    ]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string]>([
    // The counts after the whole do not add up to it: a list of other counts, not its parts.
    [
      "In 2021, border officials intercepted 340 Nepali travelers, 150 women and 30 men were returned home.",
      "150 - female adult -"
    ],
    // No comma sets the counts after the whole.
    [
      "In 2021, officials intercepted 96 Ethiopian migrants and 71 males and 25 females were returned.",
      "71 - male - -"
    ],
    // Parts with verbs of their own are clauses of a partitive, not an apposition.
    ["Of the 40 new victims identified, 31 were female and nine were male.", "31 - female - -"],
    // A bracket of an earlier year's figure is no part.
    ["In 2021, police identified 24 forced labor victims (31 victims in 2020).", "31 - - - -"],
    // A count set off by a comma that goes on with words of its own is no apposition.
    [
      "In 2021, police intercepted 250 Bangladeshi migrants, 190 men and 60 boys who were deported to India.",
      "60 - male child -"
    ]
  ])("%s leaves %s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});
