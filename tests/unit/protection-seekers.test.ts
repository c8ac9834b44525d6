import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("protection seekers are people who applied for protection", () => {
  it.each([
    ["In 2024, 89 protection seekers applied for asylum.", "89 asylum_applications"],
    ["In 2024, 300 protection seekers were registered.", "300 asylum_applications"],
    ["In 2024, 300 new protection seekers arrived in Liechtenstein.", "300 asylum_applications"],
    ["In 2024, the office received 300 protection seekers.", "300 asylum_applications"],
    ["In 2024, 300 protection seekers from Ukraine were registered.", "300 asylum_applications"],
    ["In 2024, 1 protection seeker was registered.", "1 asylum_applications"],
    ["In 2024, 300 asylum seekers were registered.", "300 asylum_applications"],
    ["In 2024, 120 protection seekers were granted asylum.", "120 refugee_status_granted"],
    ["In 2024, 120 protection seekers were rejected.", "120 asylum_applications_rejected"],
    ["On 31 December 2024, 187 protection seekers remained in the country.", "187 protection_claimants_remaining"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2024", "2025-03")).toEqual([row]);
  });

  it("counts the protection seekers present on a day as a stock", () => {
    expect(indicatorsOf("187 of the protection seekers present were minors.", "2024", "2025-03")).toEqual([
      "187 protection_claimants_remaining"
    ]);
  });
});
