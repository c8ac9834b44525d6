import {describe, expect, it} from "vitest";
import {findFractions} from "../../loaders/general/find-fractions.js";
import {rows} from "./read-paragraph.js";

const read = (text: string) => findFractions(text).map((q) => `${q.text}=${q.value}`);

describe("shares stated as fractions or ratios", () => {
  it.each([
    ["one in five were Romanian citizens", "one in five=20"],
    ["three quarters of the asylum seekers were returned", "three quarters=75"],
    ["half of the victims were women", "half=50"],
    ["Two-thirds of those deported were men", "Two-thirds=66.7"],
    ["1 in 4 of them were children", "1 in 4=25"]
  ])("%j", (text, share) => expect(read(text)).toEqual([share]));

  it.each([
    "the first half of 2019",
    "in the second half of the year",
    "half of the year",
    "one in five years",
    "three quarters full",
    "a third country",
    "five in one were"
  ])("reads no share in %j", (text) => expect(read(text)).toEqual([]));

  it("reads a ratio of a stated count as its share with the part's citizenship", () => {
    expect(
      rows(
        "Of the 159 foreigners convicted of crime who were deported in January this year, one in five were Romanian citizens.",
        "2017-01",
        "2017-02-10"
      )
    ).toEqual(["159@2017-01 deportations [convicted of crime]", "20@2017-01 deportations_share [convicted of crime]"]);
  });
});
