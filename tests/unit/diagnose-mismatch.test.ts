import {describe, expect, it} from "vitest";
import {countMismatches, whyMissed, whyUnexplained} from "../../loaders/eval/diagnose-mismatch.js";
import type {GoldRecord} from "../../loaders/eval/read-gold.js";
import {goldRecord, observation as obs} from "../helpers.js";

const gold = (g: Partial<GoldRecord> = {}) =>
  goldRecord({family: "border", indicator: "refusals_of_entry", value: 55, ...g});

const inYear = {period_start: "2018-01-01", period_end: "2018-12-31"};
const inMonth = {period_start: "2018-03-01", period_end: "2018-03-31"};

describe("why a gold record was missed", () => {
  it("is 'value not found' when no row has its value, whatever their periods", () => {
    expect(whyMissed(gold(), [obs({value: 56, ...inYear}), obs({value: 5.5, ...inYear})])).toBe("value not found");
    expect(whyMissed(gold(), [])).toBe("value not found");
  });
  it("is 'other period' when a row has the value and breakdown but another period", () => {
    expect(whyMissed(gold(), [obs({value: 55, ...inMonth})])).toBe("other period");
    expect(whyMissed(gold({period_start: null, period_end: null}), [obs({value: 55, ...inYear})])).toBe("other period");
    // A gold value in a scaled unit is found as the row's base value.
    const millions = gold({value: 55, unit: "million USD"});
    expect(whyMissed(millions, [obs({value: 55_000_000, unit: "USD", ...inMonth})])).toBe("other period");
    expect(whyMissed(millions, [obs({value: 55, unit: "USD", ...inMonth})])).toBe("value not found");
  });
  it("is 'other breakdown' when a row has the value and period but misses a key the gold sets", () => {
    expect(whyMissed(gold({breakdown: {citizenship: "Guyana"}}), [obs({value: 55, ...inYear})])).toBe(
      "other breakdown"
    );
    expect(whyMissed(gold({breakdown: {sex: "female"}}), [obs({value: 55, ...inYear, sex: "male"})])).toBe(
      "other breakdown"
    );
  });
  it("is both when the only row with the value differs in both", () => {
    expect(whyMissed(gold({breakdown: {sex: "female"}}), [obs({value: 55, ...inMonth})])).toBe(
      "other period and breakdown"
    );
  });
  it("takes the nearest of several rows with the value", () => {
    const rows = [obs({value: 55, ...inMonth, sex: "male"}), obs({value: 55, ...inMonth, sex: "female"})];
    expect(whyMissed(gold({breakdown: {sex: "female"}}), rows)).toBe("other period");
  });
});

describe("why a row is unexplained", () => {
  it("names the nearest gold record with the row's value", () => {
    const records = [gold({breakdown: {citizenship: "Jamaica"}}), gold({value: 55, ...inMonth})];
    expect(whyUnexplained(obs({value: 55, ...inYear}), records)).toBe("other breakdown");
    const lastYear = {period_start: "2017-01-01", period_end: "2017-12-31"};
    expect(whyUnexplained(obs({value: 55, ...lastYear}), records)).toBe("other period");
    expect(whyUnexplained(obs({value: 55, ...lastYear}), records.slice(0, 1))).toBe("other period and breakdown");
  });
  it("is 'value not found' for a number no gold record holds", () => {
    expect(whyUnexplained(obs({value: 98.5, ...inYear}), [gold()])).toBe("value not found");
  });
});

describe("counting mismatches", () => {
  it("counts each kind, zeros included, in a fixed order", () => {
    const c = countMismatches(["other period", "other period", "value not found"]);
    expect(Object.entries(c)).toEqual([
      ["other breakdown", 0],
      ["other period", 2],
      ["other period and breakdown", 0],
      ["value not found", 1]
    ]);
  });
});
