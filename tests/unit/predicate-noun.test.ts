import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {predicateNoun} from "../../loaders/general/predicate-noun.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import type {Breakdown} from "../../loaders/types.js";

function breakdowns(text: string) {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2021",
    claimed: []
  });
  return Object.fromEntries(r.observations.map((o) => [o.value, [o.sex, o.age_group]]));
}

describe("a noun after the copula that implies a breakdown", () => {
  it("names the part: 'N of the victims are women and M are men'", () => {
    expect(
      breakdowns("In 2020, 49 victims of trafficking were identified. 40 of the victims were women and 9 were men.")
    ).toMatchObject({
      40: ["female", "adult"],
      9: ["male", "adult"]
    });
  });

  it("reads girls and children as well", () => {
    const into: Breakdown = {};
    predicateNoun(" victims were girls.", 8, into);
    expect(into).toEqual({sex: "female", age_group: "child"});
  });

  it.each([
    [" victims were women traffickers", "a noun that goes on"],
    [" victims were recruited by women", "a predicate that is not the noun"],
    [" victims, women and men", "no copula"]
  ])("leaves %j alone (%s)", (text) => {
    const into: Breakdown = {};
    predicateNoun(text, 8, into);
    expect(into).toEqual({});
  });

  it("keeps what the words before the noun say", () => {
    const into: Breakdown = {sex: "male"};
    predicateNoun(" victims are women.", 8, into);
    expect(into).toEqual({sex: "male", age_group: "adult"});
  });
});
