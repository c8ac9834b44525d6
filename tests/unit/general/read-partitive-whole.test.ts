import {describe, expect, it} from "vitest";
import {observe, partsOf} from "./observe.js";

/** Each observation of one paragraph as "value citizenship sex age category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", partsOf);
}

describe("parts of a whole of one kind a sentence opens on", () => {
  it.each<[string, string[]]>([
    [
      "In 2021, police identified 90 victims. Of the 22 forced labor victims, 16 were male and six were female.",
      ["16 - male - forced labor", "6 - female - forced labor"]
    ],
    [
      "In 2021, police identified 90 victims. Among the 41 sex trafficking victims, 30 were women and 11 were girls.",
      ["30 - female adult sex trafficking", "11 - female child sex trafficking"]
    ],
    [
      "In 2021, NGOs identified 75 trafficking victims. Of the 35 victims of forced begging, 20 were children and 15 were adults.",
      ["20 - - child forced begging"]
    ],
    [
      "In 2021, officials identified 58 trafficking victims. Of the 19 domestic servitude victims, 17 were women and two were girls.",
      ["17 - female adult domestic servitude"]
    ],
    [
      "The government identified 120 victims in 2021. Of the 64 labor trafficking victims, 40 were men and 24 were boys.",
      ["40 - male adult labor trafficking", "24 - male child labor trafficking"]
    ],
    [
      "In 2021, the ministry identified 300 victims. Of the 210 victims of sexual exploitation, 150 were women and 60 were girls.",
      ["150 - female adult sex trafficking", "60 - female child sex trafficking"]
    ],
    [
      "In 2021, courts heard 80 cases. Of the 30 forced labour victims, 25 were adults and five were children.",
      ["25 - - adult forced labor", "5 - - child forced labor"]
    ],
    [
      "In 2021, police identified 46 trafficking victims. Among the 18 victims of debt bondage, 11 were men and seven were women.",
      ["11 - male adult debt bondage"]
    ],
    [
      "In 2021, NGOs assisted 70 trafficking victims. Of the 33 victims of forced criminality, 21 were boys and 12 were men.",
      ["21 - male child forced criminality"]
    ],
    [
      "In 2021, police identified 64 trafficking victims. Of the 25 forced labour victims identified by NGOs, 18 were men and seven were boys.",
      ["18 - male adult forced labor", "7 - male child forced labor"]
    ]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string]>([
    // How sure the whole is ("potential") is no kind of its parts.
    [
      "In 2021, police screened 300 people. Of the 52 potential trafficking victims, 30 were women and 22 were men.",
      "30 - female adult -"
    ],
    // A whole that does not open the sentence: its parts are read by their own words.
    [
      "In 2021, 300 people were screened and of the 52 potential trafficking victims, 30 were women and 22 were men.",
      "30 - female adult -"
    ],
    // A part with a kind of its own keeps it.
    [
      "In 2021, police identified 90 victims. Of the 40 forced labor victims, 10 were victims of sex trafficking too.",
      "10 - - - sex trafficking"
    ]
  ])("%s leaves %s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});
