import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A press item of 20 November 2016 on the year so far.
const read = (text: string) => rows(text, "2016-01-01..2016-11-19", "2016-11-20");

describe("a clause that takes the number of what it names, past a place it went to, to a new level gives that number", () => {
  it.each([
    [
      "This brought the total number of illegal immigrants deported to their home countries this year to 18,225.",
      "18225"
    ],
    ["The raids brought the number of migrants transferred to other countries this year to 4,300.", "4300"],
    ["This raised the number of refugees resettled to third countries this year to 1,250.", "1250"],
    ["The operation took the total number of victims returned to their countries this year to 312.", "312"],
    ["The arrivals pushed the number of asylum seekers relocated to other provinces this year to 9,800.", "9800"],
    ["It brought the overall number of foreigners expelled to their countries of origin this year to 2,140.", "2140"],
    [
      "The decisions raised the number of migrants removed to their countries of nationality this year to 6,120.",
      "6120"
    ],
    ["The flights brought the number of migrants returned to neighbouring countries this year to about 5,000.", "5000"],
    ["This lifted the total number of victims repatriated to their home countries this year to 37.", "37"],
    ["The flights brought the number of nationals repatriated to their home provinces this year to 1,870.", "1870"]
  ])("%s", (text, value) => {
    expect(read(text).some((r) => r.startsWith(`${value}@`))).toBe(true);
  });
});

describe("a number after 'to' that no number of anything counted leads to is left alone", () => {
  it.each([
    ["This year, the government brought 200 migrants to 3 reception centres.", "3@"],
    ["This year, the ministry brought the number of days of detention to a minimum of 12 days.", "12@"]
  ])("%s", (text, notExpected) => {
    expect(read(text).some((r) => r.startsWith(notExpected))).toBe(false);
  });
});
