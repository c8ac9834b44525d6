import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value kind/age/sex" of each bracketed part of a sentence in a report on 2018. */
const parts = (text: string) =>
  observations(text, "2018", "2019-06-20")
    .filter((o) => o.category)
    .map((o) => `${o.value} ${o.category}/${o.age_group ?? "-"}/${o.sex ?? "-"}`);

describe("a part that was for a kind of exploitation of a child, an adult, women or men", () => {
  it.each([
    [
      "Police reported three investigations (one for sex trafficking of a child, one for sex trafficking of an adult, one for labor trafficking of an adult).",
      ["1 sex trafficking/child/-", "1 sex trafficking/adult/-", "1 labor trafficking/adult/-"]
    ],
    [
      "Police reported five investigations (two for sex trafficking of children, three for labor trafficking of adults).",
      ["2 sex trafficking/child/-", "3 labor trafficking/adult/-"]
    ],
    [
      "The government initiated four prosecutions (three for sex trafficking of women, one for forced labor of men).",
      ["3 sex trafficking/-/female", "1 forced labor/-/male"]
    ],
    [
      "Authorities opened six investigations (four for forced labor of minors and two for sex trafficking of an adult).",
      ["4 forced labor/child/-", "2 sex trafficking/adult/-"]
    ],
    [
      "The government reported seven investigations (five for sex trafficking of girls, two for forced begging of boys).",
      ["5 sex trafficking/-/female", "2 forced begging/-/male"]
    ],
    [
      "Police reported two investigations (one for sex trafficking of a minor, one for forced labor).",
      ["1 sex trafficking/child/-", "1 forced labor/-/-"]
    ],
    [
      "Police reported two investigations (one for forced labor of an adult, one for sex trafficking).",
      ["1 forced labor/adult/-", "1 sex trafficking/-/-"]
    ],
    [
      "The government initiated 11 prosecutions (nine for sex trafficking of children and two for labor trafficking).",
      ["9 sex trafficking/child/-", "2 labor trafficking/-/-"]
    ],
    [
      "Authorities opened eight investigations (six for labor trafficking of men, two for sex trafficking of women).",
      ["6 labor trafficking/-/male", "2 sex trafficking/-/female"]
    ],
    [
      "Police reported 12 investigations (10 for sex trafficking of adults and two for forced begging of children).",
      ["10 sex trafficking/adult/-", "2 forced begging/child/-"]
    ]
  ])("%s", (text, expected) => expect(parts(text)).toEqual(expected));

  it("keeps a part for something that is no kind-of-whom as written", () => {
    expect(
      parts("Police reported three investigations (two for sex trafficking, one for trafficking of organs).")
    ).toEqual(["2 sex trafficking/-/-", "1 trafficking of organs/-/-"]);
    expect(
      parts("Police reported three investigations (two for sex trafficking of Nigerians, one for labor trafficking).")
    ).toEqual(["2 sex trafficking of nigerians/-/-", "1 labor trafficking/-/-"]);
  });
});
