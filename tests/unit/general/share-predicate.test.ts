import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";

/** Each observation of one paragraph as "value sex age category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", (o) => `${o.value} ${o.sex ?? "-"} ${o.age_group ?? "-"} ${o.category ?? "-"}`);
}

describe("coordinated counts that share one predicate", () => {
  it.each<[string, string[]]>([
    [
      "Of the 96 identified victims, 41 children and 30 adults were victims of forced labour.",
      ["41 - child forced labor", "30 - adult forced labor"]
    ],
    [
      "The government identified 19 trafficking victims; among them, 12 children and 7 adults were subjected to sexual exploitation.",
      ["12 - child sex trafficking", "7 - adult sex trafficking"]
    ],
    [
      "In 2020, 64 adults and 9 children were victims of forced labor, and 23 adults and 5 children were victims of sex trafficking.",
      ["64 - adult forced labor", "9 - child forced labor", "23 - adult sex trafficking", "5 - child sex trafficking"]
    ],
    [
      "Of those identified, 14 women, six girls and three boys were subjected to forced labor.",
      ["14 female adult forced labor", "6 female child forced labor", "3 male child forced labor"]
    ],
    [
      "Of the 58 victims the ministry referred, 33 men and 25 women were victims of labour exploitation.",
      ["33 male adult labor trafficking", "25 female adult labor trafficking"]
    ],
    [
      "Officials identified 15 trafficking victims. Of these, 11 adults and four children were forced into beggary.",
      ["11 - adult forced begging", "4 - child forced begging"]
    ],
    [
      "The 71 victims identified by NGOs, including 19 minors and 52 adults were victims of domestic servitude.",
      ["19 - child domestic servitude", "52 - adult domestic servitude"]
    ],
    [
      "Of the victims, eight children, 21 men and 13 women were victims of sexual exploitation.",
      ["8 - child sex trafficking", "21 male adult sex trafficking", "13 female adult sex trafficking"]
    ],
    [
      "Police also identified seven adults who were victims of both sex trafficking and forced labor.",
      ["7 - adult sex trafficking and forced labor"]
    ],
    ["The agency also certified three children who were victims of forced begging.", ["3 - child forced begging"]],
    [
      "Of the 130 victims, 90 adults and 40 children were subjected to forced labour.",
      ["90 - adult forced labor", "40 - child forced labor"]
    ]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string]>([
    // The first count is the object of a verb before it, not a conjunct of the subject.
    ["Police identified 45 victims and 12 children were exploited in forced labor.", "45 - - -"],
    // The whole the parts are taken of names no kind.
    ["Of the 214 victims, 27 children and 149 adults were victims of forced labor.", "214 - - -"],
    // A count with its own kind keeps it.
    ["Of these, 10 victims of sex trafficking and 4 children were victims of forced labour.", "10 - - sex trafficking"],
    // The last conjunct's own words name its kind, not a shared predicate.
    ["Identified victims included nine children, six Romanians, and two victims of forced begging.", "6 - - -"],
    // A count with a predicate of its own is no conjunct.
    ["Of them, 16 were women and 9 children were victims of forced labor.", "16 female adult -"]
  ])("%s leaves %s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});
