import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The percent rows read as statistics, as "value citizenship|sex". */
const shares = (text: string) =>
  observations(text, "2019", "2020-02-01")
    .filter((o) => o.unit === "percent")
    .map((o) => `${o.value} ${o.citizenship ?? o.sex ?? o.age_group ?? ""}`.trim());

describe("a part's share of a whole named after it", () => {
  it.each([
    ["Moroccans represented 26% of those arrested trying to migrate without documents.", "26 Morocco"],
    ["Albanians accounted for 31 per cent of those deported in 2019.", "31 Albania"],
    ["Syrian nationals made up 40 percent of all asylum applicants.", "40 Syria"],
    ["Eritreans represented about 18% of those detained at the border.", "18 Eritrea"],
    ["Afghans accounted for nearly 22 percent of those arrested for irregular entry.", "22 Afghanistan"],
    ["Nigerians made up 12% of the trafficking victims identified by the police.", "12 Nigeria"],
    ["Iraqi citizens represented 9.5 per cent of all asylum seekers registered.", "9.5 Iraq"],
    ["Women accounted for 61 percent of the trafficking victims identified.", "61 female"],
    ["Children made up 14 per cent of those deported.", "14 child"],
    ["Men represented 70% of those arrested for smuggling.", "70 male"]
  ])("reads %s", (sentence, expected) => {
    expect(shares(sentence)).toContain(expected);
  });

  it.each([
    "The ministry represented 26% of the budget for migration.",
    "Remittances made up 22% of all the hard currency that entered the economy.",
    "Moroccans represented 26% of the population of the region.",
    "The agency accounted for 40 percent of the total spending.",
    "Moroccans represented 26% of the votes cast in the election."
  ])("reads no share of a part from %s", (sentence) => {
    expect(shares(sentence)).toEqual([]);
  });
});
