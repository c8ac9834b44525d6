import {describe, expect, it} from "vitest";
import {parseNumber} from "../../loaders/numbers/parse-number.js";
import {rows} from "./read-paragraph.js";

describe("South Asian digit grouping by lakhs and crores", () => {
  it.each([
    ["1,00,000", 100000],
    ["11,36,556", 1136556],
    ["6,25,203", 625203],
    ["2,24,705", 224705],
    ["2,86,648", 286648],
    ["1,16,29,014", 11629014],
    ["10,00,000", 1000000],
    ["3,50,000", 350000],
    ["12,34,56,789", 123456789],
    ["9,99,999", 999999]
  ])("parses %s", (text, value) => expect(parseNumber(text)).toEqual({value, format: "lakh_groups"}));

  it.each([
    [
      "Around 11,36,556 workers have been sent abroad during the last three years from 2019 to 2021.",
      "1136556@2019-2021"
    ],
    ["He said that 6,25,203 workers were sent abroad in 2019.", "625203@2019"],
    ["In 2020, 2,24,705 workers went abroad for employment.", "224705@2020"],
    ["The bureau registered 2,86,648 emigrants in 2021.", "286648@2021"],
    ["Nearly 3,50,000 workers went abroad in 2018.", "350000@2018"],
    ["In 2017, 10,00,000 migrant workers left the country.", "1000000@2017"],
    ["As many as 1,16,29,014 workers were exported abroad in 2021.", "11629014@2021"],
    ["The government deported 1,02,345 foreigners in 2019.", "102345@2019"],
    ["Some 4,56,789 migrants entered the country in 2019.", "456789@2019"],
    ["In 2016, 5,20,000 workers left for the Gulf.", "520000@2016"]
  ])("reads %s", (text, expected) =>
    expect(rows(text, "2021", "2022-01-20").map((r) => r.split(" ")[0])).toContain(expected)
  );

  it.each([
    // The Western grouping stays what it was.
    ["29,661", 29661, "comma_thousands"],
    ["1,136,556", 1136556, "comma_thousands"]
  ])("leaves %s to the thousands grouping", (text, value, format) =>
    expect(parseNumber(text)).toEqual({value, format})
  );

  it.each(["1,36,55", "11,3,556", "11,36,5566", "111,36,556", "11,36,556,1"])("%s is no number", (text) =>
    expect(parseNumber(text)).toBeNull()
  );
});
