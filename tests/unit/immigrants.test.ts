import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "The number of immigrants was 83,800", "500,000 people immigrated to the UK": people who moved into the country to
// live, as population and migration releases count them, where no narrower indicator names them.
describe("immigrants", () => {
  it.each([
    ["The number of immigrants was 83,800.", ["83800@2017 immigrants []"]],
    [
      "The total number of immigrants fell to 83,800 from 109,500.",
      ["83800@2017 immigrants []", "109500@2016 immigrants []"]
    ],
    [
      "The number of immigrants rose slightly from 13,400 to 14,100.",
      ["13400@2016 immigrants []", "14100@2017 immigrants []"]
    ],
    ["In 2017, 500,000 people immigrated to the country.", ["500000@2017 immigrants []"]],
    ["Immigrants to the country totalled 23,000 in 2017.", ["23000@2017 immigrants []"]],
    [
      "Immigrants numbered 12,400 in 2017, compared with 11,900 in 2016.",
      ["12400@2017 immigrants []", "11900@2016 immigrants []"]
    ],
    ["There were 45,000 immigrants in 2017.", ["45000@2017 immigrants []"]],
    ["Lithuania came second with 45 immigrants.", ["45@2017 immigrants []"]],
    [
      "The number of immigrants from the rest of the EU also declined, from 14,100 to 10,300.",
      ["14100@2016 immigrants []", "10300@2017 immigrants []"]
    ],
    ["The number of immigrants reached 61,000 in 2017.", ["61000@2017 immigrants []"]],
    ["In 2017, 2,900 people immigrated, against 3,400 in 2016.", ["2900@2017 immigrants []", "3400@2016 immigrants []"]]
  ])("%s", (text, expected) => {
    expect(rows(text, "2017", "2018")).toEqual(expected);
  });

  it.each([
    // Enforcement and protection count immigrants by their own indicators.
    ["In 2017, 1,200 illegal immigrants were deported.", "immigrants"],
    ["The police arrested 340 immigrants in 2017.", "immigrants"],
    ["In 2017, 2,100 immigrants applied for asylum.", "immigrants"],
    // Immigrants living in the country on a day are a stock, and a net figure is its own indicator.
    ["Immigrants from Poland now make up the largest immigrant group, counting 32,100 persons.", "immigrants"],
    ["The immigrant population was 410,000 at the end of 2017.", "immigrants"],
    ["Net immigration was 5,500 in 2017.", "immigrants"]
  ])("%s is no count of immigrants", (text, indicator) => {
    expect(rows(text, "2017", "2018").some((r) => r.split(" ")[1] === indicator)).toBe(false);
  });
});
