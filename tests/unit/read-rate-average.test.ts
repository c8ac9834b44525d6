import {describe, expect, it} from "vitest";
import {isAverage} from "../../loaders/general/read-rate.js";
import {opensShareRange} from "../../loaders/general/read-percent-range.js";

describe("the value of an average", () => {
  it.each([
    "the average number of victims a year was around ",
    "The average number of victims per year was ",
    "the mean number of applications was ",
    "the average annual number of identified victims is about ",
    "The median number of days in detention was ",
    "the average monthly number of returns stood at ",
    "said that the average number of victims a year was ",
    "the average daily number of arrivals reached ",
    "the average number of cases per prosecutor amounted to ",
    "The yearly average count of victims was "
  ])("%j", (lead) => {
    expect(isAverage(lead)).toBe(true);
  });

  it("reads no average in a count of a period", () => {
    expect(isAverage("the number of victims was ")).toBe(false);
    expect(isAverage("the total number of victims identified in 2019 was ")).toBe(false);
    expect(isAverage("the average number of victims fell, while police identified ")).toBe(false);
  });
});

describe("a range of shares", () => {
  it.each([
    ["a mere 10 to 25 percent", 9],
    ["between 5 and 8 per cent", 9],
    ["10–25%", 2],
    ["10 - 25 %", 2],
    ["from 3 to 4.5 percent", 6]
  ])("%j opens with a share", (text, end) => {
    expect(opensShareRange(text, end, Number(/[\d.]+/.exec(text)![0]))).toBe(true);
  });

  it("is no range of shares when the first figure is over a hundred: a count and its share", () => {
    expect(opensShareRange("Thailand (7,600 – 24%)", 15, 7600)).toBe(false);
    expect(opensShareRange("India (3,000 - 10 per cent)", 11, 3000)).toBe(false);
  });

  it("is no range of shares when the last figure is a count", () => {
    expect(opensShareRange("10 to 25 victims", 2, 10)).toBe(false);
    expect(opensShareRange("10 and 25 percent of the women", 2, 10)).toBe(true);
    expect(opensShareRange("10 victims and 25 percent", 2, 10)).toBe(false);
  });
});
