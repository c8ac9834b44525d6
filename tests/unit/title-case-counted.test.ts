import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2025", "2026-02-01");

describe("a count before capitalised words that end on a counted plural is a count", () => {
  it.each([
    ["In 2025, 47,680 Work Permits were granted.", "47680@2025 "],
    ["In 2025, 4,680 Residence Permits were issued.", "4680@2025 "],
    ["The Ministry issued 12,300 Entry Visas in 2025.", "12300@2025 "],
    ["In 2025, the office registered 1,700 Asylum Applications.", "1700@2025 "],
    ["In 2025, 910 Occupation Permits were issued.", "910@2025 "],
    ["A total of 416,024 Emigration Clearances were issued in 2025.", "416024@2025 "],
    ["In 2025, 2,150 Temporary Residence Permits were granted.", "2150@2025 "],
    ["In 2025, the unit opened 64 Criminal Cases of trafficking.", "64@2025 "],
    ["Police recorded 35 Trafficking Cases in 2025.", "35@2025 "],
    ["In 2025, 5,500 Student Visas were issued.", "5500@2025 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("a number that names something, or a table's share, is no count", () => {
  it.each([
    ["In 2025, callers used the 919 Call Center for help.", "919@"],
    ["In 2025, the 101 Hotline Service answered callers.", "101@"],
    ["Shares of totals 100.0 Private Transfers 90.2 Employee Compensation 6.5", "100@"]
  ])("%s", (text, notExpected) => {
    expect(read(text).some((r) => r.startsWith(notExpected))).toBe(false);
  });
});
