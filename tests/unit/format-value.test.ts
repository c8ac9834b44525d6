import {describe, expect, it} from "vitest";
import {formatValue, singularUnit} from "../../src/components/specs/source.js";

describe("formatValue", () => {
  it("writes one of a counted unit in the singular", () => {
    expect(formatValue({value: 1, unit: "persons"})).toBe("1 person");
    expect(formatValue({value: 1, unit: "cases"})).toBe("1 case");
    expect(formatValue({value: 1, unit: "facilities"})).toBe("1 facility");
    expect(formatValue({value: 1, unit: "permits", approx: "about"})).toBe("about 1 permit");
  });

  it("keeps the plural for every other value", () => {
    expect(formatValue({value: 2, unit: "persons"})).toBe("2 persons");
    expect(formatValue({value: 0, unit: "cases"})).toBe("0 cases");
    expect(formatValue({value: 1.5, unit: "permits"})).toBe("1.5 permits");
    expect(formatValue({value: 1200, unit: "persons"})).toBe("1,200 persons");
  });

  it("leaves currencies and units of several words as they are", () => {
    expect(formatValue({value: 1, unit: "USD"})).toBe("1 USD");
    expect(formatValue({value: 1, unit: "thousand USD"})).toBe("1 thousand USD");
    expect(formatValue({value: 1, unit: "currency"})).toBe("1 currency");
    expect(formatValue({value: 1})).toBe("1");
  });
});

describe("singularUnit", () => {
  it("reads regular, -ies and irregular plurals", () => {
    expect(singularUnit("applications")).toBe("application");
    expect(singularUnit("countries")).toBe("country");
    expect(singularUnit("persons")).toBe("person");
    expect(singularUnit("manats")).toBe("manat");
  });
});
