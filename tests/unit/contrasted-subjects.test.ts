import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The category and period read for the number `n` of a paragraph. */
const row = (text: string, n: number) => {
  const o = observations(text, "2022", "2023-06-25").find((x) => x.value === n);
  return o && {category: o.category, period: o.period.label};
};

describe("clauses whose subjects differ by the word before a shared head", () => {
  it.each([
    [
      "In 2022, trial courts convicted 66 traffickers and appellate courts upheld the convictions of 89 traffickers.",
      66,
      "trial"
    ],
    [
      "In 2022, trial courts convicted 66 traffickers and appellate courts upheld the convictions of 89 traffickers.",
      89,
      "appellate"
    ],
    [
      "In 2022, district courts convicted 40 traffickers, while regional courts convicted 12 traffickers.",
      12,
      "regional"
    ],
    [
      "In 2022, district courts convicted 40 traffickers, while regional courts convicted 12 traffickers.",
      40,
      "district"
    ],
    [
      "In 2022, first-instance courts convicted 31 traffickers and appeals courts confirmed 18 convictions.",
      18,
      "appeals"
    ],
    ["In 2022, labor inspectors identified 25 victims and police inspectors identified 14 victims.", 25, "labor"],
    ["In 2022, federal prosecutors charged 52 suspects, whereas state prosecutors charged 97 suspects.", 97, "state"],
    ["In 2022, federal prosecutors charged 52 suspects, whereas state prosecutors charged 97 suspects.", 52, "federal"],
    ["In 2022, provincial courts upheld 33 convictions and national courts upheld 21 convictions.", 21, "national"],
    [
      "In 2022, civil courts ordered restitution for 9 victims and criminal courts convicted 20 traffickers.",
      20,
      "criminal"
    ]
  ])("%s (%i)", (text, n, word) => {
    // A clause of a verb in -ed names its part by who did it ("convicted by regional courts"), in that word too.
    expect(row(text, n)?.category?.split(" ")).toContain(word);
  });

  it.each([
    ["In 2022, the courts convicted 66 traffickers and the courts acquitted 12 defendants.", 12],
    ["In 2022, trial courts convicted 66 traffickers for a total of 80 convictions.", 66],
    ["In 2022, district courts convicted 40 traffickers and the government identified 90 victims.", 90]
  ])("names no part when the subjects are not told apart: %s", (text, n) => {
    expect(row(text, n)?.category ?? null).toBeNull();
  });

  it("the total after the parts is no part", () => {
    const text =
      "In 2022, trial courts convicted 66 traffickers and appellate courts upheld the convictions of 89 traffickers for a total of 155 convictions.";
    expect(row(text, 155)?.category ?? null).toBeNull();
  });
});
