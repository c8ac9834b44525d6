import {describe, expect, it} from "vitest";
import {headlinePeople} from "../../../loaders/general/document-setting.js";

// "Guyanese topped 2012 list": a headline's people that leads a ranking is one item of the count, not the people of
// all its counts; "Central American migrants" are a group of peoples, not Americans.
describe("a headline's people is no people of the whole item", () => {
  it.each([
    "T&T intensifies drive to deport illegals, Guyanese topped 2012 list",
    "Nigerians lead deportations from Libya",
    "Haitians headed list of migrants deported by Bahamas",
    "Cubans top the list of migrants repatriated by the Coast Guard",
    "Guatemalans lead list of deported migrants",
    "Eritreans again top asylum table as 3,000 deported",
    "Filipinos topped the 2019 list of workers repatriated",
    "Mexico deportations of Central American migrants hit record high",
    "Record number of South American migrants deported",
    "Latin American workers sent home from Spain",
    "North American retirees returned from Mexico"
  ])("%s", (headline) => {
    expect(headlinePeople(headline)).toBeNull();
  });

  it.each([
    // "Central African" is the people of one state.
    ["Central African refugees repatriated from Cameroon", "Central African Republic"],
    ["South African workers deported from Lesotho", "South Africa"],
    ["Guyanese deported from Trinidad", "Guyana"],
    // "top" before a figure is a level reached, not a place in a ranking.
    ["Syrians returned from Turkey top 500,000", "Syria"],
    // "list" with no ranking verb names no ranking.
    ["List of 40 Jamaicans deported released", "Jamaica"]
  ])("still reads %s", (headline, country) => {
    expect(headlinePeople(headline)?.country).toBe(country);
  });
});
