import {describe, expect, it} from "vitest";
import {leadPeople} from "../../../loaders/general/read-people-lead.js";
import {countryRows} from "../read-paragraph.js";

describe("leadPeople", () => {
  it.each([
    ["By citizenship, Moroccans lodged the most claims in 2020 with ", "Morocco"],
    ["Bangladeshis topped this group in 2019 with about ", "Bangladesh"],
    [", and Vietnamese in 2018 with ", "Vietnam"],
    ["Eritreans remain the largest group, totalling ", "Eritrea"],
    ["Of these, most were filed by Iraqis who submitted ", "Iraq"],
    ["In 2022, Sudanese nationals accounted for 41.5% of arrivals (", "Sudan"],
    ["Colombian citizens made up 12 per cent of all applicants (", "Colombia"],
    ["persons whose nationality was not known formed the second group, with ", "unknown"],
    ["Georgians, meanwhile, filed most requests, with ", "Georgia"],
    ["Nepalese workers who have renewed ", "Nepal"],
    ["Pakistanis were the biggest nationality, numbering ", "Pakistan"],
    ["a sharp rise in asylum applications from Belarus, according to the office, with ", "Belarus"],
    ["Claims from Venezuela rose again, with ", "Venezuela"]
  ])("%s", (lead, country) => expect(leadPeople(lead)).toBe(country));
  it.each([
    "In 2020, Italy received most applications with ",
    "Moroccans made up 30 percent of the ",
    "Afghans lodged 300 claims in 2020 and Iraqis filed ",
    "the Ministry of Labour issued permits, with ",
    "Eritreans and Somalis together arrived with ",
    "Syrians lodged claims in Germany with "
  ])("not: %s", (lead) => expect(leadPeople(lead)).toBeNull());
});

describe("a people the clause opens on, in a paragraph", () => {
  it.each([
    ["In 2020, Moroccans lodged the most claims with 1,940, ahead of other groups.", ["1940 -/Morocco"]],
    ["In 2022, Sudanese nationals accounted for 41.5% of arrivals (3,012 people).", ["3012 -/Sudan"]],
    [
      "In March 2021, asylum seekers whose nationality is unknown were the second group, with 118 applications.",
      ["118 -/unknown"]
    ],
    ["In 2019, most applications came from Iraqis who submitted 2,415 applications.", ["2415 -/Iraq"]]
  ])("%s", (text, expected) => expect(countryRows(text)).toEqual(expect.arrayContaining(expected)));
});
