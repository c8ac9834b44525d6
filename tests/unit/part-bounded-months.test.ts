import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** The period each count is read with, in a press item dated 20 January 2026 about 2025. */
const periods = (text: string) => rows(text, "2025", "2026-01-20").map((r) => r.split(" ")[0]);

describe("months bounded by the beginning of one and the end of another, the year written once", () => {
  it.each([
    [
      "A total of 466 work visas were issued between the beginning of April and the end of December last year.",
      "466@2025-04-01..2025-12-31"
    ],
    [
      "From the beginning of April to the end of December 2025, 466 work visas were issued.",
      "466@2025-04-01..2025-12-31"
    ],
    [
      "Between the start of February and the end of May 2025, 1,210 migrants were registered.",
      "1210@2025-02-01..2025-05-31"
    ],
    [
      "Some 380 asylum applications were lodged from the beginning of March to the end of August 2025.",
      "380@2025-03-01..2025-08-31"
    ],
    [
      "Police identified 44 victims between the beginning of January and the end of October last year.",
      "44@2025-01-01..2025-10-31"
    ],
    [
      "From the start of July until the end of November 2025, 2,950 arrivals were recorded.",
      "2950@2025-07-01..2025-11-30"
    ],
    [
      "Between the beginning of May and the close of September 2025, 615 returns were recorded.",
      "615@2025-05-01..2025-09-30"
    ],
    [
      "The authorities deported 73 foreigners between the beginning of February and the end of March 2025.",
      "73@2025-02-01..2025-03-31"
    ],
    [
      "Between the beginning of June and the end of December last year, 90 work permits were issued.",
      "90@2025-06-01..2025-12-31"
    ],
    [
      "From the beginning of August to the end of October 2025, 1,004 refugees were resettled.",
      "1004@2025-08-01..2025-10-31"
    ]
  ])("%s", (text, read) => expect(periods(text)).toContain(read));

  it("reads a whole quarter bounded so as that quarter", () => {
    expect(periods("Between the start of April and the end of June last year, 466 work visas were issued.")).toEqual([
      "466@2025Q2"
    ]);
  });

  it("leaves a span that runs backwards across the year it names unread as a span", () => {
    const read = periods("Between the beginning of October and the end of March 2025, 466 work visas were issued.");
    expect(read).not.toContain("466@2025-10-01..2025-03-31");
    expect(read.some((r) => r.startsWith("466@2025-10-01"))).toBe(false);
  });

  it("keeps a year's bounds as they were", () => {
    expect(periods("Between the beginning of 2024 and the end of 2025, 466 work visas were issued.")).toEqual([
      "466@2024-2025"
    ]);
    expect(
      periods("From the beginning of April 2024 to the end of December 2025, 466 work visas were issued.")
    ).toEqual(["466@2024-04-01..2025-12-31"]);
  });
});
