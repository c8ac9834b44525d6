import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {originAfter} from "../../loaders/general/read-origin.js";

function citizenships(text: string): string[] {
  return observations(text, "2019", "2020").map((o) => `${o.value}@${o.period.label} ${o.citizenship ?? ""}`);
}

describe("the country a count's predicate says its people came from", () => {
  it.each([
    [" was from Bosnia and Herzegovina and two were from Kosovo", "Bosnia and Herzegovina"],
    [" were from Kosovo (one foreign victim from Albania in 2018)", "Kosovo"],
    [" from Albania in 2018).", "Albania"],
    [" were nationals of the Republic of Moldova.", "Moldova"],
    [" were citizens of Ukraine;", "Ukraine"],
    [" were from the United States, while", "United States"],
    [" was from Nigeria.", "Nigeria"],
    [" were all from Serbia", "Serbia"],
    [" are from Georgia", "Georgia"],
    [" from the Philippines", "Philippines"],
    [" of Ukraine were identified", "Ukraine"]
  ])("%j", (after, country) => {
    expect(originAfter(after)).toBe(country);
  });

  it("names no country for a list, for no country, or for another preposition", () => {
    for (const after of [
      " were from Kosovo and Serbia",
      " were from Albania, Kosovo and Serbia",
      " were from abroad",
      " were from rural areas",
      " were sent to Germany",
      " were exploited in Turkey",
      " were from the Ministry of Interior",
      " from Ukraine, Moldova, and Uzbekistan, compared with nine in 2019"
    ])
      expect(originAfter(after), after).toBeNull();
  });

  it("names the foreign victims of a chapter by their country", () => {
    const text =
      "The government identified six victims; one foreign victim was from Bosnia and Herzegovina and two were from Kosovo (one foreign victim from Albania in 2018).";
    expect(citizenships(text)).toEqual(["6@2019 ", "1@2019 Bosnia and Herzegovina", "2@2019 Kosovo", "1@2018 Albania"]);
  });
});
