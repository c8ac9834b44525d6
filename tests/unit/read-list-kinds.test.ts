import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {elidedItemKind, formsOfWording} from "../../loaders/general/read-list-kinds.js";

/** The categories read for the number `n` of a paragraph. */
const categories = (text: string, n: number) =>
  observations(text, "2021", "2022-06-25")
    .filter((x) => x.value === n)
    .map((x) => x.category);

describe("an item of a list by kind names its own kind", () => {
  it.each([
    [
      "Forty were victims exploited in sex trafficking, six in forced labor, 12 in servile marriage, and 3 unknown.",
      12,
      "servile marriage"
    ],
    [
      "Of the 90 victims, 50 were exploited in sex trafficking, 17 in forced labor, and 23 in domestic service.",
      23,
      "domestic service"
    ],
    [
      "The ministry identified 77 victims, of whom 40 were exploited in forced labor, 30 in sex trafficking and 7 in indentured servitude.",
      7,
      "indentured servitude"
    ],
    [
      "Authorities identified 64 victims; 31 were exploited in sex trafficking, 21 in forced begging, 12 in bonded labor.",
      12,
      "debt bondage"
    ],
    [
      "Police identified 58 victims, of whom 22 were exploited in forced labor, 19 in sex trafficking, and 17 in forced criminality.",
      17,
      "forced criminality"
    ],
    ["The government identified 45 victims in 2021, including 8 in servile marriage.", 8, "servile marriage"],
    [
      "This compared with 124 potential victims identified in 2020, including 15 in servile marriage; 99 in 2019, including nine in servile marriage.",
      9,
      "servile marriage"
    ],
    [
      "Of the 70 victims, 40 were exploited in sex trafficking, 18 in agricultural work, and 12 in street vending.",
      18,
      "agricultural work"
    ],
    [
      "The agency identified 36 victims, of whom 20 were exploited in forced labor, 10 in fishing, and 6 in mining.",
      10,
      "fishing"
    ],
    [
      "Officials identified 51 victims; 26 were exploited in sex trafficking, 14 in forced labor and 11 in online scams.",
      11,
      "online scams"
    ]
  ])("%s (%i)", (text, n, kind) => {
    expect(categories(text, n)).toContain(kind);
  });

  it.each([
    [" in servile marriage, 11 in domestic service", "servile marriage"],
    [" in forced labor.", "forced labor"],
    [" into domestic servitude and 4 in forced begging", "domestic servitude"],
    [" in online scam operations;", "online scam operations"]
  ])("reads the phrase after %j", (after, kind) => {
    expect(elidedItemKind(after)).toBe(kind);
  });

  it.each([
    " in 2019, including nine",
    " in the capital, 12 in the provinces",
    " in total.",
    " in addition, 12 were",
    " in custody, and",
    " in particular, four",
    " in shelters run by NGOs,",
    " were exploited in forced labor,"
  ])("names no kind after %j", (after) => {
    expect(elidedItemKind(after)).toBeNull();
  });

  it("a year after a count keeps the count's own kind", () => {
    expect(
      categories("Police identified 20 victims of forced labor in 2021, compared with 14 in 2020.", 14)
    ).not.toContain("2020");
  });
});

describe("a part named by its forms", () => {
  it.each([
    [" of other forms of exploitation), likely", "other forms of exploitation"],
    [" of mixed forms of exploitation, and", "mixed forms of exploitation"],
    [" of unspecified forms of exploitation.", "unspecified forms of exploitation"],
    [" of other types of labor exploitation;", "other types of labor exploitation"],
    [" of multiple forms of trafficking in 2020", "multiple forms of trafficking"]
  ])("reads %j", (after, kind) => {
    expect(formsOfWording(after)).toBe(kind);
  });

  it.each([
    " of all forms of exploitation.",
    " of various forms of trafficking,",
    " of such forms of abuse.",
    " of trafficking."
  ])("names no part in %j", (after) => {
    expect(formsOfWording(after)).toBeNull();
  });

  it("the last item of a bracketed list of kinds is named by its forms", () => {
    const text =
      "The total fell from 120 victims identified in 2020 (20 victims of sex trafficking, 40 victims of labor trafficking, 45 victims of forced marriage, and 15 victims of other forms of exploitation).";
    expect(categories(text, 15)).toContain("other forms of exploitation");
  });
});
