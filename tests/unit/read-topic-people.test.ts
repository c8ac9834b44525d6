import {describe, expect, it} from "vitest";
import {topicPeople} from "../../loaders/general/read-topic-people.js";
import {countryRows} from "./read-paragraph.js";

describe("a people a sentence opens on as its topic", () => {
  it.each<[string, string]>([
    ["“If you speak about the Guyanese, ", "Guyana"],
    ["When you look at the case of the Jamaicans, ", "Jamaica"],
    ["As for Haitians, ", "Haiti"],
    ["As regards the Nigerians, ", "Nigeria"],
    ["Regarding Syrians, ", "Syria"],
    ["Concerning the Afghans: ", "Afghanistan"],
    ["With regard to Eritreans, ", "Eritrea"],
    ["In the case of the Vietnamese, ", "Vietnam"],
    ["Turning to Albanians, ", "Albania"],
    ["If we talk about Indians, ", "India"],
    ["When we turn to the figures for Pakistanis, ", "Pakistan"]
  ])("%j", (lead, country) => expect(topicPeople(lead)).toBe(country));

  it.each([
    // A people's adjective before a noun is no topic people.
    "As for Jamaican ports, ",
    // No topic phrase opens the sentence.
    "In 2013 the Guyanese were stopped, ",
    "He said that as for Haitians, ",
    "As for the ministry, "
  ])("%j names none", (lead) => expect(topicPeople(lead)).toBeNull());

  it("gives the counts of the sentence the topic's citizenship", () => {
    expect(countryRows("As for Haitians, 120 were deported in 2021 out of 2,400 persons.")).toContain("120 -/Haiti");
  });
});

describe("peoples the country list names by their own word", () => {
  it.each<[string, string]>([
    ["In 2021, more than 6000 Swatis were deported from South Africa.", "6000 South Africa/Eswatini"],
    ["In 2021, 120 Swazis were deported from South Africa.", "120 South Africa/Eswatini"]
  ])("%j", (text, row) => expect(countryRows(text)).toContain(row));
});
