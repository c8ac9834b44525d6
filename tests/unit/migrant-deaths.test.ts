import {describe, expect, it} from "vitest";
import {readSentence} from "../../loaders/general/extract-statements.js";

/** The indicator read for the number `at` in the sentence. */
const indicatorOf = (text: string, at: string) =>
  readSentence(text, text).find((r) => r.q.text === at)?.indicator ?? null;

describe("migrants dead or missing", () => {
  it.each([
    ["Experts asked about the deaths of 23 migrants at the border.", "23"],
    ["The State party reported 23 migrant deaths in 2022.", "23"],
    ["In 2019, 41 people drowned off the coast.", "41"],
    ["At least 1,200 refugees died in the Mediterranean in 2016.", "1,200"],
    ["Some 310 migrants lost their lives crossing the desert.", "310"],
    ["In 2021, 96 persons went missing at sea.", "96"],
    ["A total of 57 migrants perished when the boat capsized.", "57"],
    ["The agency recorded 812 deaths of migrants on the route.", "812"],
    ["Twelve foreigners were killed at the border fence.", "Twelve"],
    ["Coast guards counted 64 fatalities among migrants in 2020.", "64"]
  ])("%s", (text, at) => {
    expect(indicatorOf(text, at)).toBe("migrant_deaths");
  });

  it.each([
    ["victims of trafficking who died", "In 2018, 3 victims of trafficking died in shelters.", "3"],
    ["migrants who arrived", "In 2019, 41 people arrived by boat.", "41"],
    ["migrants rescued", "The coast guard rescued 310 migrants at sea.", "310"]
  ])("does not read %s", (_name, text, at) => {
    expect(indicatorOf(text, at)).not.toBe("migrant_deaths");
  });
});
