import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {electionAfter} from "../../loaders/general/read-elections.js";

/** "value@period indicator [category]" of one count of a paragraph. */
const rowOf = (text: string, value: number) => rows(text, "2018", "2019").find((r) => r.startsWith(`${value}@`));

describe("voters and polling stations counted election by election", () => {
  it.each<[string, number, string]>([
    [
      "38 election precincts were established in our embassies and consulates for 14138 voters residing abroad in Presidential elections 2013, 38 election precincts for 15417 voters in national elections (referendum) 2016 and 41 election precincts for 13961 voters in Presidential elections 2018.",
      15417,
      "15417@2016 voters_registered_abroad [national elections (referendum)]"
    ],
    [
      "38 election precincts were established in our embassies and consulates for 14138 voters residing abroad in Presidential elections 2013, 38 election precincts for 15417 voters in national elections (referendum) 2016 and 41 election precincts for 13961 voters in Presidential elections 2018.",
      41,
      "41@2018 election_precincts_abroad [presidential elections]"
    ],
    [
      "In the parliamentary elections of 2016, 52 polling stations were opened at embassies and consulates abroad.",
      52,
      "52@2016 election_precincts_abroad [parliamentary elections]"
    ],
    [
      "For the 2018 presidential election, 45 polling stations were set up in diplomatic missions for 20,400 voters living abroad.",
      20400,
      "20400@2018 voters_registered_abroad [presidential elections]"
    ],
    [
      "For the 2018 presidential election, 45 polling stations were set up in diplomatic missions for 20,400 voters living abroad.",
      45,
      "45@2018 election_precincts_abroad [presidential elections]"
    ],
    [
      "13538 voters residing outside the country in Presidential elections 2013, 9271 voters in national elections (referendum) 2016, and 9409 voters in Presidential elections in 2018 expressed their will at polling stations in foreign countries.",
      9271,
      "9271@2016 voters_abroad_voted [national elections (referendum)]"
    ],
    [
      "13538 voters residing outside the country in Presidential elections 2013, 9271 voters in national elections (referendum) 2016, and 9409 voters in Presidential elections in 2018 expressed their will at polling stations in foreign countries.",
      9409,
      "9409@2018 voters_abroad_voted [presidential elections]"
    ],
    [
      "In the municipal elections of 2017, 3,120 voters abroad cast their votes at the consulates.",
      3120,
      "3120@2017 voters_abroad_voted [municipal elections]"
    ],
    [
      "In 2018, 7,450 citizens abroad were on the voter lists and 5,230 voters abroad voted in the parliamentary elections.",
      5230,
      "5230@2018 voters_abroad_voted [parliamentary elections]"
    ],
    [
      "In 2018, 12 polling stations were opened abroad for the local elections.",
      12,
      "12@2018 election_precincts_abroad [local elections]"
    ]
  ])("%s → %i", (text, value, row) => {
    expect(rowOf(text, value)).toBe(row);
  });

  it.each<[string, number]>([
    // A rule's threshold counts nobody; voters at home are no count the registry names.
    [
      "Election precincts for voters abroad are established by the heads of consular offices, provided that the number of voters registered in the consulate is more than 50.",
      50
    ],
    ["In 2018, 4,120,000 voters took part in the presidential elections.", 4120000],
    ["In 2018, 5,600 polling stations were opened across the country.", 5600]
  ])("%s → %i is no observation", (text, value) => {
    expect(rowOf(text, value)).toBeUndefined();
  });

  it("names the election as printed, with a bracketed gloss", () => {
    expect(electionAfter("voters in national elections (referendum) 2016", 0)).toBe("national elections (referendum)");
    expect(electionAfter("in the 2020 Parliamentary election", 0)).toBe("parliamentary elections");
    expect(electionAfter("in the election year", 0)).toBeNull();
  });
});
