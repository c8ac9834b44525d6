import {describe, expect, it} from "vitest";
import {actingCountry, movedFrom} from "../../../loaders/general/read-moved-from.js";
import {countryRows} from "../read-paragraph.js";

describe("movedFrom", () => {
  it.each([
    [", all Salvadorans, were deported from Mexico.", "", "Mexico"],
    [" were removed from the United Kingdom in 2021", "", "United Kingdom"],
    [" have been repatriated from Libya", "", "Libya"],
    [" had been expelled from Algeria", "", "Algeria"],
    [" were forcibly returned from Greece", "", "Greece"],
    [" (all Guatemalans) were sent back from the United States", "", "United States"],
    [" from Malaysia, the agency said", "immigration officers deported 300 Indonesians and 210", "Malaysia"],
    [" from Saudi Arabia.", "the ministry repatriated 1,400 workers and 95", "Saudi Arabia"],
    [" was deported from Canada", "", "Canada"],
    [" were evacuated from Sudan, the embassy said", "", "Sudan"]
  ])("%s", (after, lead, country) => expect(movedFrom(after, lead)).toBe(country));
  it.each([
    [" were deported from South Africa and Botswana", ""],
    [" were returned from Italy, Spain and Malta", ""],
    [" from Syria", "applications numbered 300 and 200"],
    [" were deported to Mexico", ""],
    [" came from Honduras", ""]
  ])("not: %s", (after, lead) => expect(movedFrom(after, lead)).toBeNull());
});

describe("actingCountry", () => {
  it.each([
    ["In March, Guatemala’s migration authorities deported ", "Guatemala"],
    ["Spain's police have arrested ", "Spain"],
    ["Last year, Thailand's immigration department detained more than ", "Thailand"],
    ["Kenya’s government repatriated ", "Kenya"]
  ])("%s", (lead, country) => expect(actingCountry(lead)).toBe(country));
  it.each(["the Mexican authorities deported ", "Mexico’s president said that ", "UNHCR's office registered "])(
    "not: %s",
    (lead) => expect(actingCountry(lead)).toBeNull()
  );
});

describe("where counted people were sent or brought back from", () => {
  it.each([
    [
      "In February 2021, 88 men and 14 women, all Salvadorans, were deported from Mexico.",
      ["88 Mexico/El Salvador", "14 Mexico/El Salvador"]
    ],
    [
      "In 2021, Guatemala’s migration authorities deported 940 Hondurans and 310 from Costa Rica.",
      ["940 Guatemala/Honduras", "310 Costa Rica/Honduras"]
    ],
    ["In 2021, 2,450 migrants were removed from the United Kingdom.", ["2450 United Kingdom/-"]]
  ])("%s", (text, expected) => expect(countryRows(text, "El Salvador")).toEqual(expect.arrayContaining(expected)));
});

describe("a state that sends people away after a dateline's dash is where they were", () => {
  it.each([
    ["GUATEMALA CITY – The United States deported ", "United States"],
    ["TEGUCIGALPA — Mexico deported ", "Mexico"],
    ["JAKARTA - Malaysia deported ", "Malaysia"],
    ["KINGSTON – Canada sent back ", "Canada"],
    ["DHAKA – Saudi Arabia expelled ", "Saudi Arabia"],
    ["MANAGUA — Costa Rica removed ", "Costa Rica"],
    ["ADDIS ABABA – Saudi Arabia has deported ", "Saudi Arabia"],
    ["HARARE - South Africa deported ", "South Africa"],
    ["KABUL – Iran has also deported ", "Iran"],
    ["ASMARA — Israel deported more than ", "Israel"]
  ])("%s", (lead, country) => expect(actingCountry(lead)).toBe(country));

  it.each(["GUATEMALA CITY – The agency said that ", "LIMA - Authorities deported "])("names no state in %s", (lead) =>
    expect(actingCountry(lead)).toBeNull()
  );
});
