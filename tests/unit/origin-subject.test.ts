import {describe, expect, it} from "vitest";
import {originSubject} from "../../loaders/general/read-origin-brackets.js";
import {countryRows} from "./read-paragraph.js";

describe("a state named the top origin right before a count is the count's citizenship", () => {
  it.each([
    ["Eritrea was once again the top country of origin (", "Eritrea"],
    ["Syria was the main country of origin (", "Syria"],
    ["Afghanistan remained the top nationality (", "Afghanistan"],
    ["In 2019, Georgia was the leading country of origin (", "Georgia"],
    ["Iraq is still the largest source country, with ", "Iraq"],
    ["Venezuela was by far the most common nationality (", "Venezuela"],
    ["Nigeria was the principal country of origin, with about ", "Nigeria"],
    ["The Democratic Republic of the Congo was the main country of origin (", "Democratic Republic of the Congo"],
    ["Applications fell; Turkey was the top country of origin (", "Turkey"],
    ["Ukraine was again the top nationality of origin – ", "Ukraine"]
  ])("%s", (lead, state) => {
    expect(originSubject(lead)).toBe(state);
  });

  it("reads it in a sentence", () => {
    expect(
      countryRows(
        "In 2021, 14,269 asylum applications were filed. Eritrea was once again the top country of origin (2,899 applications), followed by Afghanistan (1,397 applications)."
      )
    ).toContain("2899 -/Eritrea");
  });

  it("names no origin for a place that is no state, nor for a count of another clause", () => {
    expect(originSubject("Lampedusa was the main point of arrival (")).toBeNull();
    expect(originSubject("Europe was the top destination (")).toBeNull();
    expect(originSubject("Eritrea was the top country of origin in 2018, while in 2019 it received ")).toBeNull();
  });
});
