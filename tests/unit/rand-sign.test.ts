import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {tableMoney} from "../../loaders/general/money-title.js";

const money = (text: string) =>
  findQuantities(text)
    .filter((q) => q.kind === "money")
    .map((q) => [q.value, q.unit]);

describe("the rand sign glued to an amount", () => {
  it.each([
    ["spent R52 817 656 deporting illegal immigrants", 52_817_656],
    ["It cost R193 million to deport them", 193_000_000],
    ["a budget of R1.2 billion", 1_200_000_000],
    ["the department spent R2,305,000 on flights", 2_305_000],
    ["costs of R4.5bn", 4_500_000_000],
    ["R750m was set aside", 750_000_000],
    ["an allocation of R12 million", 12_000_000],
    ["R3 400 000 in fines", 3_400_000],
    ["over R900 million in 2023", 900_000_000],
    ["R10,500 per deportation flight", 10_500],
    ["spent R1 002 in legal costs", 1002]
  ])("%s", (text, value) => {
    expect(money(text)).toContainEqual([value, "ZAR"]);
  });
});

describe("a capital R that is no rand sign", () => {
  it.each([["Route R2 was closed"], ["R2 and R3 roads"], ["SECTION R 5"], ["Grade R 500 learners"], ["he paid R500"]])(
    "%s",
    (text) => {
      expect(money(text)).toEqual([]);
    }
  );

  it("a title naming R alone is in no currency", () => {
    expect(tableMoney("Table R: deportations (million)")).toBeNull();
  });
});
