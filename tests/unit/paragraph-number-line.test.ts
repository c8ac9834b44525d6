import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {paragraphNumberLine} from "../../loaders/general/paragraph-number-line.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The values read from a raw text of several lines, as one unnumbered paragraph of a report on 2009. */
const values = (raw: string) =>
  extractStatements(raw, [{number: "", start: 0, end: raw.length}], {
    reportingPeriod: parsePeriodLabel("2009"),
    documentDate: "2010-03-01",
    claimed: []
  }).observations.map((o) => o.value);

describe("a number alone on its line before a full stop is a paragraph number", () => {
  it.each([
    ["B.\nThe detention of asylum-seekers\n49.\nThe government detained 2,460 persons in 2009.", [2460]],
    ["Readmission agreements\n39.\nThe authorities readmitted 120 migrants in 2009.", [120]],
    ["C.\nVictims of trafficking\n12.\nThe police identified 45 victims of trafficking in 2009.", [45]],
    ["The detention of migrant children\n101.\nThe government detained 30 children in 2009.", [30]],
    ["Asylum applications\n7.\nThe office registered 980 asylum applications in 2009.", [980]],
    ["Work permits issued to foreigners\n  58.  \nThe ministry issued 1,200 work permits in 2009.", [1200]],
    ["Deportations of migrants\n250.\nThe police deported 310 migrants in 2009.", [310]],
    ["Refusals of entry at the border\n3.\nThe border guard refused entry to 640 foreigners in 2009.", [640]],
    ["D.\nIdentified victims\n64.\nThe government identified 17 victims in 2009.", [17]],
    ["Detained asylum-seekers\n9.\nThe authorities detained 85 asylum-seekers in 2009.", [85]]
  ])("%s", (raw, expected) => {
    expect(values(raw)).toEqual(expected);
  });

  it("keeps a count that ends its line or shares it with words", () => {
    expect(paragraphNumberLine("were deported in 2009:\n49.\n", 23, 25)).toBe(true);
    expect(paragraphNumberLine("the number of asylum-seekers was\n2,460.\n", 33, 38)).toBe(false);
    expect(paragraphNumberLine("asylum-seekers detained: 49.\n", 25, 27)).toBe(false);
    expect(values("In 2009, the number of asylum-seekers detained was\n49.\nOthers were released.")).toContain(49);
  });
});
