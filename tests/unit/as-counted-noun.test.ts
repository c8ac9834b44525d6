import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {unAsCountedNoun} from "../../loaders/general/as-counted-noun.js";

/** The rows of a sentence of an annual chapter on 2018. */
const read = (sentence: string) => rows(sentence, "2018", "2019-06-20");

// "Authorities identified 93 as potential victims and two as official victims": a bare number a verb took "as" people of
// some status counts those people, the status their part.
describe("a bare number taken as people of some status", () => {
  it.each([
    ["Authorities identified 93 as potential victims in 2018.", "93@2018 victims_identified [potential]"],
    [
      "Authorities identified 93 as potential victims and two as official victims in 2018.",
      "2@2018 victims_identified [confirmed]"
    ],
    ["Police identified 12 as trafficking victims in 2018.", "12@2018 trafficking_victims_identified []"],
    ["In 2018, the police registered 300 as refugees.", "300@2018 residence_registrations []"],
    ["The office identified 45 as presumed victims in 2018.", "45@2018 victims_identified [potential]"],
    ["The agency identified 17 as child victims in 2018.", "17@2018 victims_identified []"],
    [
      "Labor inspectors identified 28 as forced labor victims in 2018.",
      "28@2018 trafficking_victims_identified [forced labor]"
    ],
    [
      "Police identified seven as sex trafficking victims in 2018.",
      "7@2018 trafficking_victims_identified [sex trafficking]"
    ],
    [
      "In 2018 the commission identified 61 as potential trafficking victims.",
      "61@2018 trafficking_victims_identified [potential]"
    ],
    ["Officials screened 400 migrants and identified 22 as victims in 2018.", "22@2018 victims_identified []"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // A class that names no people is no counted noun.
    "The court classified 12 as high risk.",
    // "as" after a noun of its own is read as before.
    "Authorities registered 40 asylum seekers as refugees in 2018.",
    // An item after "and" that swaps the status of the verb's own "as" is read with that verb.
    "In 2016, 29,432 people were registered as asylum applicants and 18,236 as illegal migrants.",
    // A number before "as" with no verb before it is not blanked.
    "Up to 12 as of today."
  ])("%s keeps its 'as'", (sentence) => {
    expect(unAsCountedNoun(sentence)).toBe(sentence);
  });

  it("blanks 'as' without moving any offset", () => {
    const sentence = "Authorities identified 93 as potential victims.";
    const out = unAsCountedNoun(sentence);
    expect(out).toHaveLength(sentence.length);
    expect(out).toBe("Authorities identified 93    potential victims.");
  });
});

// "investigated only three as potential trafficking cases", "identified 14 as victims of trafficking": "only" or
// "another" before the number, cases as well as people, and what the people are victims of after the noun.
describe("a bare number taken as cases, or as victims of a crime, after a word of degree", () => {
  it.each([
    [
      "The government investigated only three as potential trafficking cases in 2018.",
      "3@2018 trafficking_investigations [potential]"
    ],
    ["The government identified 14 as victims of trafficking in 2018.", "14@2018 trafficking_victims_identified []"],
    ["Police identified only six as trafficking victims in 2018.", "6@2018 trafficking_victims_identified []"],
    ["Authorities identified another 11 as potential victims in 2018.", "11@2018 victims_identified [potential]"],
    [
      "Officials identified 30 as victims of forced labor in 2018.",
      "30@2018 trafficking_victims_identified [forced labor]"
    ],
    ["The police investigated 25 as trafficking cases in 2018.", "25@2018 trafficking_investigations []"],
    ["Prosecutors investigated just four as trafficking cases in 2018.", "4@2018 trafficking_investigations []"],
    [
      "The agency identified a further 19 as victims of sex trafficking in 2018.",
      "19@2018 trafficking_victims_identified [sex trafficking]"
    ],
    ["NGOs identified 8 as victims of human trafficking in 2018.", "8@2018 trafficking_victims_identified []"],
    [
      "Labor inspectors identified only two as forced labor victims in 2018.",
      "2@2018 trafficking_victims_identified [forced labor]"
    ],
    [
      "The government investigated 40 as potential cases of trafficking in 2018.",
      "40@2018 trafficking_investigations [potential]"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // Members of a network are no people or cases the vocabulary counts.
    "The court sentenced 12 as members of the network in 2018.",
    // A year described as something is no count.
    "Officials described 2018 as a year of progress.",
    // "only" with no verb before it opens no item.
    "Only 12 as of today."
  ])("%s keeps its 'as'", (sentence) => {
    expect(unAsCountedNoun(sentence)).toBe(sentence);
  });
});
