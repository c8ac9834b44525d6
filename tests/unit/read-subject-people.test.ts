import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {countryOfPeople, subjectPeople} from "../../loaders/general/read-subject-people.js";

function citizenships(text: string): string[] {
  return observations(text, "2022", "2023-03-01").map((o) => `${o.value} ${o.citizenship ?? ""}`);
}

describe("a plural demonym names its country's people", () => {
  it.each([
    ["Russians", "Russian Federation"],
    ["Iraqis", "Iraq"],
    ["Slovaks", "Slovakia"],
    ["Georgians", "Georgia"],
    ["Somalis", "Somalia"],
    ["Afghans", "Afghanistan"],
    ["Chinese", "China"],
    ["Vietnamese", "Vietnam"]
  ])("%s", (word, country) => {
    expect(countryOfPeople(word)).toBe(country);
  });

  it("reads no people from a country's name or another word", () => {
    for (const word of ["Georgia", "Philippines", "Police", "Authorities", "Ministry", "Applications"])
      expect(countryOfPeople(word)).toBeNull();
  });
});

describe("the people that is the subject of the clause counting what they did", () => {
  it.each([
    ["In 2022, Russians submitted about ", "Russian Federation"],
    ["Citizens of Azerbaijan in second position filed ", "Azerbaijan"],
    [" applications and Georgians followed with ", "Georgia"],
    ["Ukrainians have submitted ", "Ukraine"],
    ["Nationals of the Russian Federation filed ", "Russian Federation"],
    ["The Chinese have submitted ", "China"],
    ["Last year, Iraqis lodged ", "Iraq"],
    ["In January–May, Afghans made nearly ", "Afghanistan"],
    ["Somalis also filed ", "Somalia"],
    ["In the first half, the Syrians registered ", "Syria"],
    ["citizens of Vietnam accounted for ", "Vietnam"]
  ])("%j", (lead, country) => {
    expect(subjectPeople(lead)).toBe(country);
  });

  it("names no people when the subject is an authority, a country or nothing", () => {
    for (const lead of [
      "The Ministry submitted ",
      "In 2022, Finland granted ",
      "Police registered ",
      "Georgia reported ",
      "Authorities rejected ",
      "There were ",
      "Of these, Russians were ",
      "In 2022, "
    ])
      expect(subjectPeople(lead)).toBeNull();
  });

  it("sets the citizenship of the count in a sentence", () => {
    expect(citizenships("In 2022, Russians submitted about 1,200 asylum applications.")).toEqual([
      "1200 Russian Federation"
    ]);
    expect(citizenships("In 2022, the Ministry received 1,200 asylum applications.")).toEqual(["1200 "]);
  });
});
