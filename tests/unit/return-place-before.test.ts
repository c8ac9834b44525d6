import {describe, expect, it} from "vitest";
import {returnPlaceBefore} from "../../loaders/general/return-place-before.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value country" of the rows of one paragraph of a report on `state`. */
function rows(text: string, state: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2015"),
    documentDate: "2016-01-20",
    state,
    claimed: []
  }).observations.map((o) => `${o.value} ${o.country ?? "-"}`);
}

describe("the country returns came back from, named before the count", () => {
  it.each([
    ["The number of returned Malawian nationals from South Africa was 8 214 in 2015.", "Malawi", ["8214 South Africa"]],
    ["Returned Zimbabweans from Botswana totalled 4,916 in 2015.", "Zimbabwe", ["4916 Botswana"]],
    ["In the case of deportations from Zambia, women numbered 1,203 in 2015.", "Malawi", ["1203 Zambia"]],
    ["Deportations of Mozambicans from South Africa reached 21,400 in 2015.", "Mozambique", ["21400 South Africa"]],
    ["The total of deported nationals from Malaysia stood at 3,310 in 2015.", "Indonesia", ["3310 Malaysia"]],
    ["The number of Nepalis repatriated from Qatar rose to 712 in 2015.", "Nepal", ["712 Qatar"]],
    ["The number of nationals removed from the United Kingdom was 215 in 2015.", "Jamaica", ["215 United Kingdom"]],
    ["The number of nationals deported from Lesotho was 640 in 2015.", "Zimbabwe", ["640 Lesotho"]],
    ["The number of migrants sent back from Libya was 1,050 in 2015.", "Niger", ["1050 Libya"]],
    ["Expulsions of nationals from Namibia numbered 377 in 2015.", "Angola", ["377 Namibia"]]
  ])("%s", (text, state, expected) => {
    expect(rows(text, state)).toEqual(expected);
  });

  it("reads 'those from' as another part of the same returns", () => {
    expect(
      returnPlaceBefore(
        " and those from Botswana at ",
        "Returned nationals from South Africa were 2 and those from Botswana at ",
        "Zimbabwe"
      )
    ).toBe("Botswana");
  });

  it("names no country of people who are not returns, of the reporting state, or of a report on no state", () => {
    expect(
      returnPlaceBefore("The number of migrants from Syria was ", "The number of migrants from Syria was ", "Turkey")
    ).toBeNull();
    expect(
      returnPlaceBefore(
        "Deportations of migrants from Mexico reached ",
        "Deportations of migrants from Mexico reached ",
        "Mexico"
      )
    ).toBeNull();
    expect(
      returnPlaceBefore("Returned nationals from Botswana were ", "Returned nationals from Botswana were ", undefined)
    ).toBeNull();
    expect(
      returnPlaceBefore("workers from Nepal arrived, ", "After 20 were returned, workers from Nepal arrived, ", "Qatar")
    ).toBeNull();
  });
});

describe("the reporting state given by its code", () => {
  it("is never the place returns came back from", () => {
    const lead = "out of the 160 people removed from Ghana, ";
    expect(returnPlaceBefore(lead, lead, "GHA")).toBeNull();
    expect(returnPlaceBefore(lead, lead, "ZWE")).toBe("Ghana");
    const back = "Returned nationals from Botswana were ";
    expect(returnPlaceBefore(back, back, "BWA")).toBeNull();
    expect(returnPlaceBefore(back, back, "ZWE")).toBe("Botswana");
  });
});

describe("people said to be from a country", () => {
  it("are of its origin, not returned from it", () => {
    const lead = "The largest share of those who received a deportation order are from Albania (";
    expect(returnPlaceBefore(lead, lead, "IRL")).toBeNull();
    const came = "Of the deported, most came from Georgia: ";
    expect(returnPlaceBefore(came, came, "IRL")).toBeNull();
  });
});
