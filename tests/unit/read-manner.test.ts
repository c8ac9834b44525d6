// The manner a part of a count was handled in, named after its verb ("4,491 were placed voluntarily and 720
// mandatorily"), is the part's category; a whole count said to be voluntary keeps no category.
import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {mannerAfter} from "../../loaders/general/read-manner.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

function categories(text: string): Record<number, string | null> {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2021",
    claimed: []
  });
  return Object.fromEntries(r.observations.map((o) => [o.value, o.category]));
}

describe("mannerAfter", () => {
  it.each<[string, string | null]>([
    [" were placed voluntarily and", "voluntary"],
    [" mandatorily.", "mandatory"],
    [" on a voluntary basis", "voluntary"],
    [" were removed by force", "forced"],
    [" were expelled under escort", "forced"],
    [" of their own free will", "voluntary"],
    [" on a compulsory basis", "mandatory"],
    [" were placed in the centre, 40 voluntarily", null],
    [" were placed in 2019 voluntarily", null],
    [" persons were registered", null]
  ])("%s → %s", (after, label) => {
    expect(mannerAfter(after, 0)).toBe(label);
  });
});

describe("a part's manner as its category", () => {
  it.each<[string, Record<number, string | null>]>([
    [
      "A total of 5011 foreigners were placed in the detention centre in 2018. Of these, 4,491 were placed in the centre voluntarily and 720 mandatorily.",
      {5011: null, 4491: "voluntary", 720: "mandatory"}
    ],
    [
      "In 2019, 300 migrants were returned to their countries. Of them, 250 returned voluntarily and 50 were removed by force.",
      {300: null, 250: "voluntary", 50: "forced"}
    ],
    [
      "Of the 120 foreigners expelled in 2020, 80 left voluntarily and 40 were expelled under escort.",
      {120: null, 80: "voluntary", 40: "forced"}
    ],
    [
      "In 2020, 64 foreigners were placed in the detention centre, 40 of them on a voluntary basis.",
      {64: null, 40: "voluntary"}
    ],
    [
      "In 2021, 900 migrants left the country: 700 of their own free will and 200 compulsorily.",
      {900: null, 700: "voluntary", 200: "mandatory"}
    ],
    [
      "Of the 90 persons placed in the centre in 2019, 60 were placed on a compulsory basis and 30 on a voluntary basis.",
      {90: null, 60: "mandatory", 30: "voluntary"}
    ]
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it("gives a whole count said to be voluntary no category", () => {
    expect(categories("In 2020, 412 foreigners left the country voluntarily.")).toEqual({412: null});
  });

  it("leaves parts that name no manner as they were", () => {
    expect(
      categories("In 2020, 500 persons were deported. Of these, 300 were deported by court decision.")[300]
    ).not.toBe("voluntary");
    expect(
      categories("In 2019, 200 foreigners were placed in the centre. 150 were placed in 2019.")[150] ?? null
    ).not.toBe("mandatory");
  });
});
