import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A monthly release on September 2017.
const read = (text: string) => rows(text, "2017-09", "2017-10-20");

describe("foreign workers in jobs on a day are a stock of workers present", () => {
  it.each([
    [
      "A total of 176,666 non-resident workers were employed in the territory as at the end of September 2017.",
      "176666@2017-09-30"
    ],
    ["As at 30 September 2017, 52,300 foreign workers were employed in the country.", "52300@2017-09-30"],
    [
      "Some 12,480 migrant workers are employed in the construction sector as of 30 September 2017.",
      "12480@2017-09-30"
    ],
    [
      "At the end of September 2017, 8,950 expatriate workers were employed by hotels and restaurants.",
      "8950@2017-09-30"
    ],
    ["As at the end of September 2017, 31,200 guest workers were employed in agriculture.", "31200@2017-09-30"],
    ["On 30 September 2017, 4,410 foreign domestic workers were employed in private households.", "4410@2017-09-30"],
    ["At the end of September 2017, 2,075 imported workers were in employment.", "2075@2017-09-30"],
    ["As of 30 September 2017, some 61,000 overseas workers were employed in the fishing fleet.", "61000@2017-09-30"],
    [
      "At the end of September 2017, 9,340 non-resident workers were employed by the gaming operators.",
      "9340@2017-09-30"
    ],
    ["As of 30 September 2017, 18,700 migrant workers were employed on plantations.", "18700@2017-09-30"]
  ])("%s", (text, expected) => {
    // The sector they work in, where the sentence names one, is the row's category.
    expect(read(text).some((r) => r.startsWith(`${expected} foreign_workers_present [`))).toBe(true);
  });
});

it("the country they are employed in is no sector", () => {
  expect(read("As at 30 September 2017, 52,300 foreign workers were employed in the country.")).toContain(
    "52300@2017-09-30 foreign_workers_present []"
  );
});

describe("workers counted by what befell them are no stock", () => {
  it.each([
    ["In September 2017, 1,240 foreign workers were deported.", "1240@2017-09 foreign_workers_present"],
    [
      "In September 2017, 3,100 migrant workers were recruited and employed abroad.",
      "3100@2017-09 foreign_workers_present"
    ],
    ["In September 2017, 2,200 foreign workers were granted permits.", "2200@2017-09 foreign_workers_present"]
  ])("%s", (text, notExpected) => {
    expect(read(text).some((r) => r.startsWith(notExpected))).toBe(false);
  });
});
