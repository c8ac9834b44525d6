import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2019-06-20");

describe("a pronoun before a verb names no agent of the count", () => {
  it.each([
    "The government identified 53 victims; they referred 40 to shelters.",
    "The government repatriated 51 Togolese from Gabon; while screening the returnees, they identified three women as potential victims of trafficking.",
    "Police identified 44 victims, and they referred 30 to care.",
    "The ministry identified 25 victims; we referred 20 to shelters.",
    "Officials repatriated 60 nationals from Lebanon; while screening them, they identified four victims.",
    "Police rescued 70 migrants, and they identified 12 victims among them.",
    "The government identified 53 victims; it referred 40 to shelters.",
    "Inspectors identified 18 victims; they also referred 11 to NGOs.",
    "The government identified 90 victims; while interviewing them, they identified 15 children.",
    "Labour inspectors found 35 workers; they identified nine victims of forced labor.",
    "The agency registered 300 arrivals; they referred 45 to the asylum procedure."
  ])("%s", (text) => {
    const found = read(text);
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) expect(row).not.toMatch(/\[[a-z]+ by (?:they|we|it|he|she)\]/);
  });

  it("still reads the count after the pronoun's verb", () => {
    expect(
      read(
        "The government repatriated 51 Togolese from Gabon; while screening the returnees, they identified three women as potential victims of trafficking."
      )
    ).toContain("3@2018 trafficking_victims_identified []");
  });

  it("keeps a named agent", () => {
    expect(read("The government identified 53 victims. NGOs identified an additional 13.")).toContain(
      "13@2018 victims_identified [identified by ngos]"
    );
    expect(read("The government identified 53 victims, and NGOs identified another 13.")).toContain(
      "13@2018 victims_identified [identified by ngos]"
    );
  });
});
