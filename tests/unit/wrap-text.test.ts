import {describe, expect, it} from "vitest";
import {wrapText} from "../../src/components/specs/source.js";

describe("wrapText", () => {
  it.each([
    // Titles and notes: pixels at a character width, 12 characters a line at the least.
    [
      "Victims of trafficking identified by the police",
      130,
      6.5,
      undefined,
      ["Victims of", "trafficking", "identified by the", "police"]
    ],
    ["Victims identified", 40, 6.5, undefined, ["Victims", "identified"]],
    ["Work permits issued", 1000, 6.5, undefined, ["Work permits issued"]],
    ["Detention   placements\nby category", 1000, 6.5, undefined, ["Detention placements by category"]],
    // Legend labels: a narrow panel's 8 characters a line.
    ["Third-country nationals", 42, 5.2, 8, ["Third-country", "nationals"]],
    ["EU citizens and others", 42, 5.2, 8, ["EU", "citizens", "and", "others"]],
    ["EU citizens and others", 42, 5.2, undefined, ["EU citizens", "and others"]],
    ["men", 10, 5.2, 8, ["men"]],
    ["", 100, 6.5, undefined, []]
  ])("wraps %j", (text, width, charWidth, fewest, lines) => {
    expect(wrapText(text, width, charWidth, fewest)).toEqual(lines);
  });

  it("never breaks a word", () => {
    const lines = wrapText("Internationally displaced persons registered", 20, 6.5, 8);
    expect(lines.join(" ")).toBe("Internationally displaced persons registered");
    expect(lines).toContain("Internationally");
  });
});
