import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const spans = (text: string, reporting = "2025", date = "2025-06-04") =>
  observations(text, reporting, date).map((o) => `${o.value} ${o.period.start}..${o.period.end}`);

describe("a count since a month with no year runs to the item's date", () => {
  it.each([
    ["Algeria has forcibly returned more than 16,000 migrants to Niger since April.", "16000 2025-04-01..2025-06-04"],
    ["Police have arrested 300 migrants since March.", "300 2025-03-01..2025-06-04"],
    ["Since February, the coast guard has intercepted 1,200 people.", "1200 2025-02-01..2025-06-04"],
    ["Some 4,500 asylum applications have been lodged since January.", "4500 2025-01-01..2025-06-04"],
    ["The ministry has issued 2,310 work permits since May.", "2310 2025-05-01..2025-06-04"],
    ["Since April, 87 victims of trafficking have been identified.", "87 2025-04-01..2025-06-04"],
    ["A total of 640 Ethiopians have been repatriated since March.", "640 2025-03-01..2025-06-04"]
  ])("%s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it("takes the year before for a month yet to come", () => {
    expect(spans("Border guards have detained 950 migrants since October.", "2025", "2025-06-04")).toContain(
      "950 2024-10-01..2025-06-04"
    );
  });

  it.each([
    ["Since November, 412 migrants have been returned.", "412 2024-11-01..2025-06-04"],
    ["Since December, 58 smugglers have been arrested.", "58 2024-12-01..2025-06-04"]
  ])("a month after the item's month is of the year before: %s", (text, expected) => {
    expect(spans(text, "2024-11..2025-05")).toContain(expected);
  });

  it("does not read the verb may as a month", () => {
    expect(spans("Since may be read, 30 migrants were returned in 2024.")).toContain("30 2024-01-01..2024-12-31");
  });
});
