import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A press item of 19 November 2025 on the year so far.
const read = (text: string) => rows(text, "2025-01-01..2025-10-31", "2025-11-19");

describe("a count of events run up to a day ('by 31 October') covers the year up to it", () => {
  it.each([
    ["47,680 work permits were granted by October 31, 2025.", "47680@2025-01-01..2025-10-31"],
    ["Some 4,361 illegal migrants were deported by 31 October 2025.", "4361@2025-01-01..2025-10-31"],
    ["By October 31, 2025, 47,680 work permits were granted.", "47680@2025-01-01..2025-10-31"],
    ["By 30 September 2025, the police identified 48 victims of trafficking.", "48@2025-01-01..2025-09-30"],
    ["A total of 2,300 migrants were returned up to 30 June 2025.", "2300@2025H1"],
    ["1,150 asylum applications were lodged by 31 August 2025.", "1150@2025-01-01..2025-08-31"],
    ["The courts convicted 12 traffickers by September 30, 2025.", "12@2025-01-01..2025-09-30"],
    ["By 31 July 2025, 870 migrants were repatriated.", "870@2025-01-01..2025-07-31"],
    ["640 residence permits were issued by May 31, 2025.", "640@2025-01-01..2025-05-31"],
    ["3,050 migrants were intercepted at sea by 15 October 2025.", "3050@2025-01-01..2025-10-15"]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(`${expected} `))).toBe(true);
  });
});

describe("a day that dates an event or a standing total keeps the day", () => {
  it.each([
    // An event of one day.
    ["On 31 October 2025, 120 migrants were deported.", "120@2025-10-31 "],
    // A running total since some other start, in the perfect.
    ["By 31 October 2025, 403 cases had been brought to court, of which 30 resulted in convictions.", "30@2025-10-31 "],
    // What stands on the day.
    ["As of 31 October 2025, 16,324 refugees have registered.", "16324@2025-01-01..2025-10-31 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});
