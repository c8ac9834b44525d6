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

describe("'they' or 'them' stands for the one people named just before", () => {
  const cites = (text: string) =>
    observations(text, "2022", "2023-03-01").map((o) => `${o.value} ${o.citizenship ?? ""}`);

  it.each([
    ["The Chinese are among the most frequent asylum seekers now. They have submitted 60 applications.", "China"],
    [
      "Iraqis were not among the top ten in 2021, while in 2022 the authorities recorded 60 applications from them.",
      "Iraq"
    ],
    ["Afghans were the largest group. They lodged 60 asylum applications in 2022.", "Afghanistan"],
    ["Syrians came second. In 2022 they submitted 60 asylum applications.", "Syria"],
    ["Georgians rank third. They filed about 60 asylum applications in 2022.", "Georgia"],
    ["The number of Somalis grew. They have also submitted 60 asylum applications in 2022.", "Somalia"],
    ["Eritreans arrive by sea. In 2022, 60 asylum applications were lodged by them.", "Eritrea"],
    ["Cubans were new among applicants, and in 2022 they lodged 60 asylum applications.", "Cuba"],
    [
      "Russians applied more often. In 2022 the ministry received 60 asylum applications from them.",
      "Russian Federation"
    ],
    ["Ukrainians remain the largest group. They made 60 asylum applications in 2022.", "Ukraine"]
  ])("%j", (text, country) => {
    expect(cites(text)).toContain(`60 ${country}`);
  });

  it("names no people when several are named before, or none, or the pronoun is not the counting subject", () => {
    expect(
      cites("Iraqis and Syrians were the largest groups. They submitted 60 asylum applications in 2022.")
    ).toContain("60 ");
    expect(cites("The police were busy. They registered 60 asylum applications in 2022.")).toContain("60 ");
    expect(cites("Iraqis came first. In 2022, the ministry registered 60 asylum applications.")).toContain("60 ");
  });
});
