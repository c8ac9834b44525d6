// Text widths for the chart exports (scripts/font-metrics.mjs), measured by resvg, which draws the PNGs.
import {describe, expect, it} from "vitest";
import {FONT_FAMILY, measureText, vegaTextWidth} from "../../scripts/font-metrics.mjs";

describe.skipIf(!FONT_FAMILY)(`text widths in ${FONT_FAMILY}`, () => {
  const measure = measureText();

  it("apply the font's kerning", () => {
    expect(measure("AV", {size: 100})).toBeLessThan(measure("A", {size: 100}) + measure("V", {size: 100}) - 1);
    expect(measure("iii", {size: 100})).toBeCloseTo(3 * measure("i", {size: 100}), 2);
  });

  it("follow size, weight and family, and leave out leading and trailing spaces as SVG does", () => {
    expect(measure("Detentions", {size: 22})).toBeCloseTo(2 * measure("Detentions", {size: 11}), 2);
    expect(measure("Detentions", {size: 11, weight: "bold"})).toBeGreaterThan(measure("Detentions", {size: 11}));
    expect(measure("Detentions", {size: 11, font: `-apple-system, "helvetica neue", arial, sans-serif`})).toBe(
      measure("Detentions", {size: 11})
    );
    expect(measure("  x  ", {size: 10})).toBe(measure("x", {size: 10}));
    expect(measure("   ", {size: 10})).toBe(0);
    expect(measure("وثيقة أساسية", {size: 10})).toBeGreaterThan(20);
  });

  it("give Vega a label's width, at most its limit", () => {
    const width = vegaTextWidth();
    expect(width({fontSize: 11}, "Residence permits")).toBe(measure("Residence permits", {size: 11}));
    expect(width({fontSize: 11, limit: 30}, "Residence permits")).toBe(30);
  });
});
