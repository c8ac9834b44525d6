import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

describe("a level held steady is the figure of its subject", () => {
  it.each([
    ["Overall emigration has remained fairly stable at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["Emigration has remained stable at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["Immigration remained broadly unchanged at 69,300 in 2014.", "69300@2014 immigrants []"],
    ["Immigration held steady at 69,300 in 2014.", "69300@2014 immigrants []"],
    ["Immigration remained constant at 69,300 in 2014.", "69300@2014 immigrants []"],
    ["Emigration has stayed at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["Emigration stayed at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["Emigration stayed level at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["Emigration remains relatively flat at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["Net migration remained stable at 11,600 in 2014.", "11600@2014 net_migration []"],
    ["Emigration held stable at 81,000 in 2014.", "81000@2014 emigrants []"],
    ["The number of asylum applications held steady at 1,200 in 2014.", "1200@2014 asylum_applications []"]
  ])("%s", (text, row) => {
    expect(rows(text, "2014", "2015")).toEqual([row]);
  });

  it("keeps the other period's bracketed figure", () => {
    expect(rows("Emigration stayed at 81,000 in 2014 (80,900 in 2013).", "2014", "2015")).toEqual([
      "81000@2014 emigrants []",
      "80900@2013 emigrants []"
    ]);
  });
});

describe("steady words that state no level are not read as one", () => {
  it.each([
    "Emigration remained stable in 2014, the office said of its 12 regional branches.",
    "The number of migrants remained stable at the 3 reception centres in 2014."
  ])("%s", (text) => {
    expect(rows(text, "2014", "2015").filter((r) => /emigrants|migrant/.test(r))).toEqual([]);
  });
});
