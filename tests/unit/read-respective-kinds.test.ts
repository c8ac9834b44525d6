import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {respectiveTerms} from "../../loaders/general/read-respective-kinds.js";

/** Category and period read for the number `n` of a paragraph. */
const row = (text: string, n: number) => {
  const o = observations(text, "2020", "2021-06-25").find((x) => x.value === n);
  return o && {category: o.category, period: o.period.label};
};

describe("coordinated counts take the terms before 'respectively' in order", () => {
  it.each([
    [
      "In 2020, courts convicted 20 and 14 traffickers for sex trafficking and labor trafficking, respectively.",
      20,
      {category: "sex trafficking"}
    ],
    [
      "In 2020, courts convicted 20 and 14 traffickers for sex trafficking and labor trafficking, respectively.",
      14,
      {category: "labor trafficking"}
    ],
    [
      "In 2020, police identified 30, 12, and 5 victims of sex trafficking, forced labor, and forced begging, respectively.",
      5,
      {category: "forced begging"}
    ],
    [
      "In 2020, police identified 30, 12, and 5 victims of sex trafficking, forced labor, and forced begging, respectively.",
      12,
      {category: "forced labor"}
    ],
    ["The government identified 45 and 38 victims in 2020 and 2019, respectively.", 38, {period: "2019"}],
    ["The government identified 45 and 38 victims in 2020 and 2019, respectively.", 45, {period: "2020"}],
    ["Prosecutors charged 18 and 11 suspects in 2020 and 2019, respectively.", 11, {period: "2019"}],
    [
      "In 2020, officials identified 16 and 9 victims of forced labor and domestic servitude, respectively.",
      9,
      {category: "domestic servitude"}
    ],
    [
      "In 2020, the government investigated 40 and 22 cases of sex trafficking and forced labor, respectively.",
      40,
      {category: "sex trafficking"}
    ],
    [
      "In 2020, shelters assisted 61 and 27 victims of sex trafficking and forced labor, respectively.",
      27,
      {category: "forced labor"}
    ]
  ])("%s (%i)", (text, n, expected) => {
    expect(row(text, n)).toMatchObject(expected);
  });

  it.each([
    "In 2020, the government prosecuted 12 and 7 defendants under articles 301 and 302, respectively.",
    "In 2020, courts convicted 20 traffickers for sex trafficking and labor trafficking, respectively.",
    "In 2020, courts convicted 20 traffickers; 14 and 3 were for sex trafficking, forced labor and begging, respectively."
  ])("no terms when the lists do not pair: %s", (text) => {
    const counts = [...text.matchAll(/\b\d+\b(?! and \d{3}\b)/g)].map((m) => ({
      start: m.index!,
      end: m.index! + m[0].length
    }));
    expect(
      respectiveTerms(
        text,
        counts.filter((c) => !/^20\d\d$/.test(text.slice(c.start, c.end)))
      )
    ).toEqual([]);
  });
});
