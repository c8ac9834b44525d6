import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "767 people have migrated from Macedonia": people who migrated from a country left it, as those who emigrated did.
describe("people who migrated from a country", () => {
  it.each([
    ["In 2015, 767 people have migrated from Macedonia.", ["767@2015 emigrants []"]],
    [
      "In 2015, 767 people have migrated from Macedonia, in 2014 – 740, in 2013 – 945.",
      ["767@2015 emigrants []", "740@2014 emigrants []", "945@2013 emigrants []"]
    ],
    ["Some 12,400 nationals migrated from Latvia in 2015.", ["12400@2015 emigrants []"]],
    ["In 2015, 3,100 persons migrated out of Moldova.", ["3100@2015 emigrants []"]],
    ["A total of 52,000 people migrated from Lithuania in 2015.", ["52000@2015 emigrants []"]],
    ["In 2015, about 8,000 citizens migrated from the country.", ["8000@2015 emigrants []"]],
    ["During 2015, 2,450 people migrated from Estonia to Finland.", ["2450@2015 emigrants []"]],
    [
      "In 2015, 640 people migrated from Tonga, compared with 590 in 2014.",
      ["640@2015 emigrants []", "590@2014 emigrants []"]
    ],
    ["Nearly 4,000 Bulgarians migrated from Bulgaria in 2015.", ["4000@2015 emigrants []"]],
    ["In 2015, 1,900 residents migrated from Armenia.", ["1900@2015 emigrants []"]],
    ["In 2015, some 2,300 persons migrated from Georgia, most of them to Russia.", ["2300@2015 emigrants []"]]
  ])("%s", (text, expected) => {
    expect(rows(text, "2015", "2016")).toEqual(expected);
  });

  it.each([
    // A move within the country is no migration across its border.
    "Within the country, 6,869 persons migrated from one municipality to another in 2015.",
    "Some 120 workers migrated from rural areas to the capital in 2015.",
    "In 2015, 3,000 people migrated from the northern provinces.",
    "In 2015, 900 families migrated from coastal villages."
  ])("%s counts no emigrants", (text) => {
    expect(rows(text, "2015", "2016").filter((r) => r.includes("emigrants"))).toEqual([]);
  });
});
