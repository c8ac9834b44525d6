import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2016", "2016-04-15");

describe("crimes recorded, people accused and sentences pronounced, in translated wording", () => {
  it.each([
    ["In 2016, 71 crimes related to human trafficking were fixed.", ["71 trafficking_criminal_cases"]],
    ["In 2016, 12 cases of trafficking in persons were fixed.", ["12 trafficking_criminal_cases"]],
    ["In 2016, 9 crimes of trafficking in children were fixed.", ["9 trafficking_criminal_cases"]],
    ["In 2016, 52 people were accused of human trafficking.", ["52 trafficking_prosecutions"]],
    ["In 2016, 14 persons were accused of trafficking in persons.", ["14 trafficking_prosecutions"]],
    ["In 2016, courts pronounced 31 sentences for trafficking.", ["31 trafficking_convictions"]],
    ["In 2016, 31 sentences were pronounced in trafficking cases.", ["31 trafficking_convictions"]],
    ["During 2016 were pronounced 31 sentences for human trafficking.", ["31 trafficking_convictions"]],
    [
      "In 2016, 52 people were accused of human trafficking. 44 of them were convicted and 6 acquitted.",
      ["52 trafficking_prosecutions", "44 trafficking_convictions", "6 trafficking_acquittals"]
    ],
    ["In 2016, 20 traffickers were accused of trafficking in persons.", ["20 trafficking_prosecutions"]]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("does not take other senses of the words for court events", () => {
    expect(read("In 2016, a pronounced rise in trafficking was seen, with 40 victims identified.")).toEqual([
      "40 trafficking_victims_identified"
    ]);
    expect(read("In 2016, the fine was fixed at 500 euros for each of the 12 trafficking offences.")).not.toContain(
      "12 trafficking_criminal_cases"
    );
  });
});
