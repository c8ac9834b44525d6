import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01");

describe("a verb of record before an event named as a noun only reports that event", () => {
  it.each([
    ["In 2019, IOM recorded the arrival of 11,043 refugees and migrants.", "11043@2019 border_crossings []"],
    ["In 2019, UNHCR recorded the arrival of 8,889 migrants in Italy.", "8889@2019 border_crossings []"],
    ["In 2019, authorities recorded the arrival of 2,154 people.", "2154@2019 border_crossings []"],
    ["In 2019, the agency recorded the arrivals of 620 asylum seekers.", "620@2019 border_crossings []"],
    ["In 2019, the coast guard registered the arrival of 1,300 persons.", "1300@2019 border_crossings []"],
    ["In 2019, IOM recorded the arrival of some 4,500 migrants by sea.", "4500@2019 border_crossings []"],
    ["In 2019, border posts recorded the arrival of 75,000 travellers.", "75000@2019 border_crossings []"],
    ["In 2019, the ministry recorded the arrival of 310 foreigners.", "310@2019 border_crossings []"],
    ["In 2019, the office recorded the arrival of 96 foreign nationals.", "96@2019 border_crossings []"],
    ["In 2019, Greece recorded the arrival of 39,339 migrants.", "39339@2019 border_crossings []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps registrations where people, not an event, were registered", () => {
    expect(read("In 2019, IOM registered 11,043 migrants in Italy.")).toEqual([
      "11043@2019 residence_registrations []"
    ]);
    expect(read("In 2019, 1,200 foreigners were registered at their place of stay.")).toEqual([
      "1200@2019 residence_registrations []"
    ]);
  });
});
