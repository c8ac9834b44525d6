import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const zeros = (text: string) =>
  rows(text, "2021", "2022-06-20")
    .map((r) => r.split(" ")[0])
    .filter((r) => r.startsWith("0@"));

// "no convictions in 2016, 2017 and 2018", "compared with no victims identified in 2017 and 2018, eight in 2016": each
// year of a list joined after a figure has it, however many years the list names.
describe("a figure over years listed together", () => {
  it.each([
    [
      "The government did not identify a single victim, compared with no victims identified in 2017 and 2018, eight in 2016.",
      ["0@2021", "0@2017", "0@2018"]
    ],
    [
      "The government reported no prosecutions, compared with none in 2018 and 2019, and 12 in 2017.",
      ["0@2021", "0@2018", "0@2019"]
    ],
    ["No convictions were obtained in 2016, 2017 and 2018.", ["0@2016", "0@2017", "0@2018"]],
    ["There were no prosecutions in 2015, 2016, or 2017.", ["0@2015", "0@2016", "0@2017"]],
    ["The police arrested no suspected traffickers in 2012, 2013 and 2014.", ["0@2012", "0@2013", "0@2014"]],
    ["The government did not initiate any prosecutions in 2017, 2018 or 2019.", ["0@2017", "0@2018", "0@2019"]],
    ["Authorities convicted no traffickers in 2016, 2017, 2018 and 2019.", ["0@2016", "0@2017", "0@2018", "0@2019"]],
    ["It did not identify any victims in 2018, 2019 and 2020.", ["0@2018", "0@2019", "0@2020"]],
    [
      "The government identified one victim, compared with no victims in 2019 and 2020, five in 2018.",
      ["0@2019", "0@2020"]
    ],
    ["No victims of trafficking were identified in 2013, 2014 and 2015.", ["0@2013", "0@2014", "0@2015"]],
    ["The government reported no trafficking convictions in 2019 and 2020.", ["0@2019", "0@2020"]]
  ])("%s", (text, expected) => {
    expect(zeros(text)).toEqual(expected);
  });
});

describe("a figure of one year, beside other years", () => {
  it.each([
    ["The government identified no victims in 2019, compared with 4 in 2018 and 2017.", ["0@2019"]],
    ["No victims were identified in 2019; in 2018 and 2017, four were.", ["0@2019"]],
    ["No victims were identified in 2019 (2018: four).", ["0@2019"]],
    ["No victims were identified in 2018 and 2019, the government said.", ["0@2018"]],
    ["The government identified 12 victims in 2018 and 2019.", []]
  ])("%s", (text, expected) => {
    expect(zeros(text)).toEqual(expected);
  });
});
