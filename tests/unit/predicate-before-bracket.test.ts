import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(`The government identified 120 trafficking victims (95 in 2017). ${text}`, "2018", "2019")
    .slice(2)
    .map((o) => `${o.value}@${o.period.label} ${o.sex ?? "-"}/${o.age_group ?? "-"}`);

// "Thirty-two victims were children (18 in 2017)": the noun after the copula says who the count's people were, and
// the figure for another year bracketed after it counts the same kind of people.
describe("a predicate noun followed by another year's figure in brackets", () => {
  it.each([
    ["Thirty-two victims were children (18 in 2017).", ["32@2018 -/child", "18@2017 -/child"]],
    ["Forty victims were women (31 in 2017).", ["40@2018 female/adult", "31@2017 female/adult"]],
    ["Twelve victims were men (nine in 2017).", ["12@2018 male/adult", "9@2017 male/adult"]],
    ["Eighteen victims were girls (11 in 2017).", ["18@2018 female/child", "11@2017 female/child"]],
    ["Six victims were boys (two in 2017).", ["6@2018 male/child", "2@2017 male/child"]],
    ["Fifty-five victims were adults (60 in 2017).", ["55@2018 -/adult", "60@2017 -/adult"]],
    ["Twenty-one victims were minors (14 in 2017).", ["21@2018 -/child", "14@2017 -/child"]],
    [
      "Thirty-two victims were children (18 in 2017) and 57 were female.",
      ["32@2018 -/child", "18@2017 -/child", "57@2018 female/-"]
    ],
    ["In 2018, 44 victims were women (37 in 2017).", ["44@2018 female/adult", "37@2017 female/adult"]],
    ["Nine of the victims were children (seven in 2017).", ["9@2018 -/child", "7@2017 -/child"]],
    [
      "Seventy victims were women (58 in 2017), and 50 were men.",
      ["70@2018 female/adult", "58@2017 female/adult", "50@2018 male/adult"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A bracket that names no figure leaves the predicate's reading as it was.
    ["Thirty-two victims were children (under 18).", ["32@2018 -/child"]],
    // No predicate noun: the bracketed figure is of the count alone.
    ["Thirty-two victims were repatriated (18 in 2017).", ["32@2018 -/-", "18@2017 -/-"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
