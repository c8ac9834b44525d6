import {describe, expect, it} from "vitest";
import {placeOfWhere} from "../../loaders/general/read-place-where.js";
import {countryRows} from "./read-paragraph.js";

describe("a count in a relative clause on where", () => {
  it.each<[string, string]>([
    ["The largest number of deportees came from Germany, from where ", "Germany"],
    ["Most boats left from Libya, from where some ", "Libya"],
    ["Many had travelled to Italy, where ", "Italy"],
    ["The rest were taken to Malta, where a further ", "Malta"],
    ["Others crossed into Mexico, where authorities detained ", "Mexico"],
    ["They were flown back from Saudi Arabia, where about ", "Saudi Arabia"],
    ["The second group came from the United Kingdom, from where ", "United Kingdom"],
    ["Refugees fled to Uganda, where UNHCR registered more than ", "Uganda"],
    ["Migrants arrived in Greece, where police arrested ", "Greece"],
    ["Many had worked in Kuwait, where nearly ", "Kuwait"],
    ["A boat left from Senegal, from where over ", "Senegal"]
  ])("%j", (lead, country) => expect(placeOfWhere(lead)).toBe(country));

  it.each([
    // No state before the clause.
    "They came back from the camp, where ",
    "The centre in Tripoli was visited, where ",
    // "where" is no relative clause on a place named before it.
    "It is not known where ",
    // Words of a clause of its own between the place and the count.
    "They came from Germany. Where "
  ])("%j names none", (lead) => expect(placeOfWhere(lead)).toBeNull());

  it("places the count", () => {
    expect(
      countryRows("In 2021, the largest number of deportees came from Germany, from where 208 people were deported.")
    ).toContain("208 Germany/-");
  });
});
