import {describe, expect, it} from "vitest";
import {axisLines} from "../../src/components/specs/axis-lines.js";

describe("axisLines", () => {
  it("keeps a label that fits on one line", () => {
    expect(axisLines("Russia", {maxWidth: 150})).toEqual(["Russia"]);
    expect(axisLines("Forced labour", {maxWidth: 150})).toEqual(["Forced labour"]);
  });

  it("breaks a long label at spaces into lines that fit", () => {
    const lines = axisLines("Illegal migrants detected in the territory of the country", {maxWidth: 150, maxLines: 6});
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Illegal migrants detected in the territory of the country");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(150 / (12 * 0.56)));
  });

  it("starts a bracketed part on a line of its own", () => {
    expect(axisLines("Victims (children)", {maxWidth: 300})).toEqual(["Victims", "(children)"]);
  });

  it("puts what exceeds the last line on it, for the axis to cut", () => {
    const lines = axisLines("one two three four five six seven eight nine ten eleven twelve", {
      maxWidth: 90,
      maxLines: 2
    });
    expect(lines).toHaveLength(2);
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten eleven twelve");
  });

  it("never splits a word longer than the line", () => {
    expect(axisLines("Interdepartmental commission", {maxWidth: 90})).toEqual(["Interdepartmental", "commission"]);
  });
});
