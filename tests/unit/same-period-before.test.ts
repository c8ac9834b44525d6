import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01");

describe("'during the same period' in a later sentence is the period the last count was read in", () => {
  it.each([
    [
      "Some 1,200 migrants were deported in the first half of 2019. The ministry also issued 300 visas during the same period.",
      "300@2019H1 "
    ],
    [
      "A total of 1 595 migrants were deported during 2017 and 2018. The ministry also approved 28 617 visas during the same period.",
      "28617@2017-2018 "
    ],
    [
      "Police identified 48 victims between January and June 2019. Courts convicted 12 traffickers in the same period.",
      "12@2019H1 "
    ],
    [
      "Some 640 work permits were issued in the first quarter of 2019. Some 120 migrants were deported during the same period.",
      "120@2019Q1 "
    ],
    [
      "Arrivals reached 9,800 in the first half of 2019. Another 1,300 migrants were returned over the same period.",
      "1300@2019H1 "
    ],
    [
      "The office registered 2,150 asylum applications in January–March 2019. It granted 410 refugee statuses during the same period.",
      "410@2019Q1 "
    ],
    [
      "Remittances reached $1.2 billion in the first half of 2019. The bank recorded 450 transfers during the same period.",
      "450@2019H1 "
    ],
    [
      "Some 3,050 migrants were intercepted at sea in the first quarter of 2019. The coast guard rescued 870 migrants during the same period.",
      "870@2019Q1 "
    ],
    [
      "In 2017 and 2018 the service deported 930 migrants during 2017 and 2018. It also expelled 64 foreigners during the same period.",
      "64@2017-2018 "
    ],
    [
      "Officials recorded 5,400 arrivals between January and June 2019. They also detained 2,300 migrants during the same period.",
      "2300@2019H1 "
    ]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("a same period the sentence itself names keeps it", () => {
  it("'the same period of 2018' is 2018's", () => {
    expect(
      read(
        "Some 1,200 migrants were deported in the first half of 2019. In the same period of 2018, 900 were deported."
      )
    ).not.toContain("900@2019H1 deportations []");
  });
});
