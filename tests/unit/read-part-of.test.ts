import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {listedAfterPredicate, listedNext, partQualifiers} from "../../loaders/general/read-part-of.js";

/** The breakdowns read for the number `n` of a paragraph. */
const rows = (text: string, n: number) =>
  observations(text, "2021", "2022-06-25")
    .filter((x) => x.value === n)
    .map((x) => ({sex: x.sex, age_group: x.age_group, category: x.category}));

describe("a part of a stated whole", () => {
  it.each([
    [
      "Authorities reported that 32 of the 71 victims of sex trafficking were adults, 19 children.",
      32,
      {age_group: "adult", category: "sex trafficking"}
    ],
    [
      "Authorities reported that 32 of the 71 victims of sex trafficking were adults, 19 children.",
      19,
      {age_group: "child", category: "sex trafficking"}
    ],
    [
      "Police identified 80 victims. Of these, 12 of the 40 victims of forced labor were girls and 28 boys.",
      12,
      {sex: "female", age_group: "child", category: "forced labor"}
    ],
    [
      "Police identified 80 victims. Of these, 12 of the 40 victims of forced labor were girls and 28 boys.",
      28,
      {sex: "male", age_group: "child", category: "forced labor"}
    ],
    [
      "The ministry reported that 15 of the 44 victims of forced labor were women, 29 men.",
      15,
      {sex: "female", category: "forced labor"}
    ],
    [
      "The ministry reported that 15 of the 44 victims of forced labor were women, 29 men.",
      29,
      {sex: "male", category: "forced labor"}
    ],
    [
      "Officials said 9 of the 30 victims of sex trafficking were minors, and 21 adults.",
      9,
      {age_group: "child", category: "sex trafficking"}
    ],
    [
      "Officials said 9 of the 30 victims of sex trafficking were minors, and 21 adults.",
      21,
      {age_group: "adult", category: "sex trafficking"}
    ],
    [
      "The government identified 25 victims of forced begging; 6 of the 25 victims of forced begging were boys.",
      6,
      {sex: "male", age_group: "child", category: "forced begging"}
    ],
    [
      "The police found that 50 of the 120 victims of labor trafficking were men, 70 women.",
      70,
      {sex: "female", category: "labor trafficking"}
    ]
  ])("%s (%i)", (text, n, breakdown) => {
    expect(rows(text, n)).toContainEqual(expect.objectContaining(breakdown));
  });

  it("a count after a predicate that is no list of parts keeps its own words", () => {
    const text =
      "Authorities reported that 32 of the 71 victims of sex trafficking were adults. Police referred 19 children.";
    expect(rows(text, 19).some((r) => r.category === "sex trafficking")).toBe(false);
  });

  it.each([
    [" were adults, 19", {age_group: "adult"}],
    [" of sex trafficking were women.", {sex: "female", age_group: "adult"}],
    [" were girls and 28 boys", {sex: "female", age_group: "child"}]
  ])("reads the part's age or sex in %j", (after, b) => {
    expect(partQualifiers(after)).toMatchObject(b);
  });

  it.each([" were deported.", " were Colombian nationals,", " were referred to shelters", ""])(
    "no age or sex in %j",
    (after) => {
      expect(partQualifiers(after)).toBeNull();
    }
  );

  it("tells list joins apart", () => {
    expect(listedAfterPredicate(" of sex trafficking were adults, ")).toBe(true);
    expect(listedAfterPredicate(" were girls and ")).toBe(true);
    expect(listedAfterPredicate(" were adults; police referred ")).toBe(false);
    expect(listedNext(", and ")).toBe(true);
    expect(listedNext(" were ")).toBe(false);
  });
});
