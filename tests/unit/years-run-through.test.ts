import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018", "2019-03-01");

describe("a count run through two years in a row ('during 2017 and 2018') is of their span", () => {
  it.each([
    "Namibia deported a total of 1 595 illegal immigrants during 2017 and 2018.",
    "The police identified 84 victims of trafficking during 2017 and 2018.",
    "Some 2,300 asylum applications were lodged during 2017 and 2018.",
    "The ministry issued 6,120 work permits over 2017 and 2018.",
    "Courts convicted 41 traffickers during 2017 and 2018.",
    "A total of 930 migrants were returned to their countries during 2017 and 2018.",
    "The service granted 358 permanent residence permits throughout 2017 and 2018.",
    "Some 12,000 migrants were intercepted at sea during 2017 and 2018.",
    "The authorities detained 4,410 irregular migrants during 2017 and 2018.",
    "The government repatriated 1,870 nationals during 2017 and 2018."
  ])("%s", (text) => {
    expect(read(text).some((r) => /^\d+@2017-2018 /.test(r))).toBe(true);
  });
});

describe("years that are not run through keep their own periods", () => {
  it("a count in each of two years", () => {
    expect(read("There were no convictions in 2017 and 2018.").some((r) => r.includes("@2017-2018 "))).toBe(false);
  });
  it("two years apart", () => {
    expect(read("Courts convicted 41 traffickers during 2016 and 2018.").some((r) => r.includes("@2016-2018 "))).toBe(
      false
    );
  });
});
