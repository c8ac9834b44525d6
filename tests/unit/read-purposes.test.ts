import {describe, expect, it} from "vitest";
import {countsOccasions, opensBreakdown, ownPurpose} from "../../loaders/general/read-purposes.js";
import {rows} from "./read-paragraph.js";

/** The purpose read for the first number of a sentence, its noun ending where `noun` ends. */
function purpose(text: string, noun?: string): string | null {
  const start = text.search(/\d/);
  const end = start + /^[\d,]+/.exec(text.slice(start))![0].length;
  return ownPurpose(text, start, noun ? text.indexOf(noun) + noun.length : end);
}

describe("ownPurpose", () => {
  it.each([
    ["1,807 residence permits were issued for employment, 1,513 for family migration.", "permits", "employment"],
    ["1,200 permits were granted for study, 300 for research.", "permits", "study"],
    ["In 2019, 950 visas were issued for family reunification, and 400 for work.", "visas", "family reunification"],
    [
      "2,000 residence permits were issued under an international agreement, 150 for business.",
      "permits",
      "an international agreement"
    ],
    ["40 permits have been granted for seasonal work, 12 for research.", "permits", "seasonal work"],
    ["3,100 permits were extended for employment, 900 for study.", "permits", "employment"],
    [
      "The greatest number of permits, 1,969, were issued for the purpose of taking up permanent residence in Estonia.",
      undefined,
      "permanent residence"
    ],
    ["The largest number of visas, 5,400, were issued for tourism.", undefined, "tourism"],
    ["The highest number of permits, 812, was granted for family reasons.", undefined, "family reasons"],
    ["2,500 permits were issued for the purposes of employment, 600 for study.", "permits", "employment"]
  ])("%s", (text, noun, category) => expect(purpose(text, noun)).toBe(category));

  it.each([
    // Not one part of a list by purpose, nor ranked.
    ["1,807 residence permits were issued for employment.", "permits"],
    // A term, not a purpose.
    ["1,807 residence permits were issued for one year, 300 for two years.", "permits"],
    ["1,807 residence permits were issued for the first time, 300 were extended.", "permits"],
    ["1,807 permits were issued for a period of five years, 300 were extended.", "permits"],
    // No verb of granting.
    ["1,807 applications were received for employment, 300 for study.", "applications"]
  ])("reads none in %j", (text, noun) => expect(purpose(text, noun)).toBeNull());
});

describe("countsOccasions", () => {
  it.each([
    ["were granted a residence permit on 6,710 occasions in 2016", true],
    ["the border was crossed illegally on 412 occasions", true],
    ["refused entry in 35 instances", true],
    ["on more than 300 occasions", true],
    ["6,710 occasions", false],
    ["the number rose 3 times", false]
  ])("%s", (text, yes) => {
    const start = text.search(/\d/);
    const end = start + /^[\d,]+/.exec(text.slice(start))![0].length;
    expect(countsOccasions(text, start, end) !== null).toBe(yes);
  });
});

describe("permits by purpose in a release", () => {
  it("names every part, the first by its own verb's purpose", () => {
    expect(
      rows(
        "In 2016, 1,807 residence permits were issued for employment, 1,513 for family migration and 18 for business purposes.",
        "2016",
        "2017"
      )
    ).toEqual([
      "1807@2016 residence_permits_issued [employment]",
      "1513@2016 residence_permits_issued [family migration]",
      "18@2016 residence_permits_issued [business purposes]"
    ]);
  });

  it("reads grants counted as occasions", () => {
    expect(
      rows("Foreign nationals were granted an Estonian residence permit on 6,710 occasions in 2016.", "2016", "2017")
    ).toEqual(["6710@2016 residence_permits_issued []"]);
  });
});

describe("becoming citizens", () => {
  it.each([
    ["In 2020, 2,455 foreigners became citizens of Lithuania.", "2455@2020 citizenship_granted []"],
    ["In 2020, 2,455 foreigners became permanent citizens of Lithuania.", "2455@2020 citizenship_granted []"],
    ["In 2020, 310 persons became new citizens.", "310@2020 citizenship_granted []"]
  ])("%s", (text, row) => expect(rows(text, "2020", "2021")).toEqual([row]));
});

describe("opensBreakdown", () => {
  it.each([
    "The breakdown of permits issued includes ",
    "The breakdown of permits issued includes: ",
    "The distribution of visas by type was as follows: ",
    "The breakdown by category shows ",
    "A breakdown of the returns comprises ",
    "The breakdown of applications consisted of ",
    "The split by type of permit is ",
    "The distribution of permits issued comprised ",
    "The breakdown of departures included ",
    "The break-down of arrivals is as follows: "
  ])("%j", (lead) => expect(opensBreakdown(lead)).toBe(true));

  it.each(["The ministry issued ", "The breakdown of 2019 figures includes ", "Permits issued include "])(
    "not %j",
    (lead) => expect(opensBreakdown(lead)).toBe(false)
  );

  it("names each part by its own words", () => {
    expect(
      rows(
        "In 2024, the breakdown of permits issued includes 25,500 institutional work permits, 10,753 individual work permits and 600 collective work permits.",
        "2024",
        "2024"
      )
    ).toEqual([
      "25500@2024 work_permits_issued [institutional]",
      "10753@2024 work_permits_issued [individual]",
      "600@2024 work_permits_issued [collective]"
    ]);
  });
});
