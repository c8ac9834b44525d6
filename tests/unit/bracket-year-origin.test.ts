import {describe, expect, it} from "vitest";
import {bracketYearOrigin} from "../../loaders/general/read-subject-people.js";

/** The citizenship of the bracketed figure "327" in `sentence`. */
const of = (sentence: string) => bracketYearOrigin(sentence.slice(0, sentence.indexOf("327")), sentence);

describe("a year's bracketed figure restates the sentence's number of people from a country", () => {
  it.each([
    ["The number of applicants from Iraq was almost half of last year's total (2007: 327).", "Iraq"],
    ["The number of asylum seekers from Somalia rose again (2007: 327).", "Somalia"],
    ["In 2008 the number of applicants from Syria doubled (2007: 327).", "Syria"],
    ["The number of victims from Nigeria fell (2007: 327).", "Nigeria"],
    ["The number of migrants from the Russian Federation grew (2007: 327).", "Russian Federation"],
    ["The number of workers from Uzbekistan was stable (2007:327).", "Uzbekistan"],
    ["The number of applicants from Georgia was lower ( 2007: 327 ).", "Georgia"],
    ["The number of permit holders from India rose (2007: 327).", "India"],
    ["The number of citizens of Ukraine rose (2007: 327).", "Ukraine"],
    ["Overall, the number of applicants from Afghanistan halved (2007: 327).", "Afghanistan"]
  ])("%j", (sentence, country) => {
    expect(of(sentence)).toBe(country);
  });

  it("names no country with no year in the bracket or no country in the subject", () => {
    for (const sentence of [
      "The number of applicants from Iraq was almost half (327).",
      "The number of applicants was almost half of last year's (2007: 327).",
      "Applicants from Iraq were fewer (2007: 327).",
      "The number of applicants rose in Finland (2007: 327)."
    ])
      expect(of(sentence)).toBeNull();
  });
});
