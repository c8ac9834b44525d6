import {describe, expect, it} from "vitest";
import {ownNounBefore} from "../../loaders/general/read-own-noun.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-05-20").map((r) => r.split(" ").slice(0, 2).join(" "));

// "Net migration stood at 2.7 thousand", "a net migration of +670 people": the balance of people moving in and out.
describe("net migration, a figure of persons by itself", () => {
  it.each([
    ["Net migration stood at 2.7 thousand.", ["2700@2021 net_migration"]],
    [
      "In 2019 net migration was 1,200, compared with 950 in 2018.",
      ["1200@2019 net_migration", "950@2018 net_migration"]
    ],
    ["The net migration for 2020 amounted to 340.", ["340@2020 net_migration"]],
    [
      "The population change during 2020 was made up of an increase due to net migration of +670 people, combined with a decrease of -150 people due to there being more deaths than births.",
      ["670@2020 net_migration"]
    ],
    ["Net migration in 2016 was the highest since 2011: 1,051 persons.", ["1051@2016 net_migration"]],
    [
      "Overall, the natural population decreased by 32, but a net migration of 274 people resulted in the rise.",
      ["274@2021 net_migration"]
    ],
    ["The migration balance was 1,830 in 2019.", ["1830@2019 net_migration"]],
    ["Net immigration totalled 4,500 in 2020.", ["4500@2020 net_migration"]],
    ["In 2015 net emigration reached 3,100.", ["3100@2015 net_migration"]],
    ["Net migration: +540 people.", ["540@2021 net_migration"]],
    ["In 2018 the migratory balance stood at 2,250 persons.", ["2250@2018 net_migration"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

// "… a net migration of 275 people and an excess of births of 105": the noun right before a number is what it counts.
describe("a noun of its own right before a number, not the count before it", () => {
  it.each([
    [
      "Since the start of the year, the population has grown by 380 people, made up of a net migration of 275 people and an excess of births of 105.",
      ["275@2022-01-01..2022-05-20 net_migration"]
    ],
    ["Net migration was 275 and deportations were 105.", ["275@2021 net_migration", "105@2021 deportations"]],
    [
      "In 2020 there were arrivals of 275 people and deportations of 105.",
      ["275@2020 border_crossings", "105@2020 deportations"]
    ],
    ["In 2020 net migration was 900, and the natural increase was 310.", ["900@2020 net_migration"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("keeps people named after 'of which' a part of the count before", () => {
    expect(
      read("In 2020 tourist arrivals rose from 1,341,860 to 1,399,408, of which cruise tourists amounted to 36,796.")
    ).toEqual(["1341860@2019 border_crossings", "1399408@2020 border_crossings", "36796@2020 border_crossings"]);
  });

  it("finds the noun only where it ends right before the link", () => {
    expect(ownNounBefore("and deportations were 105", 0, 22)?.noun?.lemma).toBe("return");
    expect(ownNounBefore("and deportations of the year were 105", 0, 34)).toBeNull();
    expect(ownNounBefore("and 105", 0, 4)).toBeNull();
  });
});

describe("signs and balances that are no net migration", () => {
  it.each([
    "The number of victims rose by +5.",
    "The population fell, with a decrease of -150 people due to more deaths than births.",
    "In 2020 there was a natural increase of 320.",
    "Net migration data are published each quarter."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.endsWith("net_migration"))).toEqual([]);
  });
});

// "annual net migration: loss of 11,000", "a net flow of 153,000 migrants": a balance named as a loss is negative, one
// named as a flow is net migration too; "± 1,200" is the margin of an estimate.
describe("net migration as a loss, a flow, or with its margin", () => {
  it.each([
    ["Annual net migration: loss of 11,000 in 2021.", ["-11000@2021 net_migration"]],
    ["Net migration was a loss of 11,000 in 2021.", ["-11000@2021 net_migration"]],
    ["The country recorded a net migration loss of 2,300 people in 2021.", ["-2300@2021 net_migration"]],
    ["In 2021 there was a net loss of 4,100 migrants.", ["-4100@2021 net_migration"]],
    ["Net migration was −670 people in 2021.", ["-670@2021 net_migration"]],
    ["Net migration showed a deficit of 1,500 people in 2021.", ["-1500@2021 net_migration"]],
    ["There was a net flow of 153,000 migrants to the country in 2021.", ["153000@2021 net_migration"]],
    ["The net flow of migrants was 242,000 in 2021.", ["242000@2021 net_migration"]],
    ["In 2021 the net inflow of migrants was 12,400.", ["12400@2021 net_migration"]],
    ["Annual net migration: loss of 11,000 (± 1,200) in 2021.", ["-11000@2021 net_migration"]],
    ["Net migration was a loss of some 3,000 people in 2021.", ["-3000@2021 net_migration"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A firm's loss is money, no balance of people.
    "The company reported a net loss of 2,300 in 2021.",
    // A margin of error is no count of its own.
    "Migrant arrivals numbered 59,600 (± 900) in 2021.",
    "Migrant arrivals numbered 59,600 (+/- 900) in 2021."
  ])("%s holds no negative balance and no margin as a count", (text) => {
    const got = read(text);
    expect(got.some((r) => r.startsWith("-") || r.startsWith("900@") || r.startsWith("2300@"))).toBe(false);
  });
});

// "an international net-migration gain of 40 613 people", "a migration loss of 4 343", "net outward migration among
// Irish nationals increased from 14,400 to 23,100": a gain or a loss named as the balance itself, signed by its word.
describe("migration gains and losses, and net outward migration", () => {
  it.each([
    ["This resulted in an international net-migration gain of 40 613 people in 2021.", ["40613@2021 net_migration"]],
    ["A migration gain of 44 956 foreign citizens was recorded in 2021.", ["44956@2021 net_migration"]],
    ["The country saw a migration gain of 2,100 people in 2021.", ["2100@2021 net_migration"]],
    ["This translated into a migration loss of 4 343 people in 2021.", ["-4343@2021 net_migration"]],
    ["In 2021 the migration loss was 1,250 persons.", ["-1250@2021 net_migration"]],
    ["Overall net outward migration was 34,100 in 2021.", ["-34100@2021 net_migration"]],
    [
      "Net outward migration among nationals increased from 14,400 in 2020 to 23,100 in 2021.",
      ["-14400@2020 net_migration", "-23100@2021 net_migration"]
    ],
    ["Net outward migration stood at 8,800 in 2021.", ["-8800@2021 net_migration"]],
    ["In 2021, net inward migration reached 5,600 people.", ["5600@2021 net_migration"]],
    ["There was a net outflow of 66,000 people in 2021.", ["-66000@2021 net_migration"]],
    ["In 2021 the country recorded a net-migration gain of 3,300.", ["3300@2021 net_migration"]],
    ["A migration loss of 900 nationals was recorded in 2021.", ["-900@2021 net_migration"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // A clause of another flow after the loss keeps its own sign.
  it.each([["Net outward migration rose in 2021, while 42,300 immigrants arrived.", "42300@2021"]])(
    "%s",
    (text, expected) => {
      expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
    }
  );
});
