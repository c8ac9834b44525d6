import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// An update dated 15 September 2017 reporting on 2017.
const read = (text: string) => rows(text, "2017", "2017-09-15");
const SO_FAR = "2017-01-01..2017-09-15";

describe("a flow in the perfect, in a year still running on the document's day, runs to that day", () => {
  it.each([
    ["31,720 refugees have returned in 2017 alone.", "31720"],
    ["In 2017, the police have identified 48 victims of trafficking.", "48"],
    ["Some 2,300 migrants have been deported in 2017.", "2300"],
    ["In 2017, 5,400 asylum applications have been lodged.", "5400"],
    ["The agency has registered 1,150 new arrivals in 2017.", "1150"],
    ["A total of 640 work permits have been issued in 2017.", "640"],
    ["In 2017, authorities have already convicted 12 traffickers.", "12"],
    ["Some 870 migrants have been repatriated so far in 2017.", "870"],
    ["In 2017, 3,050 refugees have arrived in the country.", "3050"],
    ["The courts have convicted nine traffickers in 2017.", "9"]
  ])("%s", (text, value) => {
    expect(read(text).some((r) => r.startsWith(`${value}@${SO_FAR} `))).toBe(true);
  });
});

describe("other counts keep the year", () => {
  it.each([
    // People standing in the year are no flow.
    ["In 2017, there were 31,720 refugees living in the camps.", "31720@2017 "],
    // The perfect of no event: a planning figure for the year.
    [
      "Based on trends observed since the beginning of the year, the number of vulnerable migrants in need of assistance has been revised upward to 113,000, corresponding with a budget of USD 54 million in 2017.",
      "113000@2017 "
    ]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });

  it("a document dated after the year's end reads the whole year", () => {
    expect(rows("31,720 refugees have returned in 2017 alone.", "2017", "2018-01-20")).toContain(
      "31720@2017 returns []"
    );
  });
});

describe("a flow in a year, counted as at a day of that year, runs to that day", () => {
  const asAt = (text: string) => rows(text, "2016-2017", "2017-09-07");
  it.each([
    ["As at 31 August 2017, some 99,105 people had arrived in Italy in 2017.", "99105@2017-01-01..2017-08-31"],
    ["As of 30 June 2017, 2,410 migrants had died at sea in 2017.", "2410@2017H1"],
    ["As at 31 July 2017, 5,300 migrants had been returned to their countries in 2017.", "5300@2017-01-01..2017-07-31"],
    ["As of 15 May 2017, UNHCR had registered 1,200 asylum seekers in 2017.", "1200@2017-01-01..2017-05-15"],
    ["As at 31 March 2017, 310 victims of trafficking had been identified in 2017.", "310@2017Q1"],
    ["As of 31 August 2017, 18,000 migrants had been intercepted at sea in 2017.", "18000@2017-01-01..2017-08-31"],
    ["As at 30 April 2017, IOM had assisted 4,100 migrants to return home in 2017.", "4100@2017-01-01..2017-04-30"],
    ["As of 31 July 2017, 640 people had been deported in 2017.", "640@2017-01-01..2017-07-31"],
    ["As at 31 May 2017, 9,800 refugees had been resettled in 2017.", "9800@2017-01-01..2017-05-31"],
    [
      "As of 31 August 2017, 123,994 refugees and migrants had arrived in Europe by sea in 2017.",
      "123994@2017-01-01..2017-08-31"
    ]
  ])("%s", (text, expected) => {
    expect(asAt(text).some((r) => r.startsWith(`${expected} `))).toBe(true);
  });

  it("keeps a year that the day does not fall in", () => {
    expect(
      asAt("As at 31 August 2017, 5,000 people had arrived in Italy in 2016.").some((r) => r.startsWith("5000@2016 "))
    ).toBe(true);
  });
});
