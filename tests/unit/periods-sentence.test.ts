// The sentence under an indicator's heading that says which periods its figures are stated for
// (periodsSentence in src/components/specs/family-charts.js).
import {describe, expect, it} from "vitest";
import {periodsSentence} from "../../src/components/specs/family-charts.js";

const rows = (...labels: string[]) => labels.map((period_label) => ({period_label}));

describe("periodsSentence", () => {
  it("lists years and half-years, then totals over spans and counts on dates", () => {
    expect(periodsSentence(rows("2018", "2017", "2019H1"))).toBe("Stated for 2017, 2018 and the first half of 2019.");
    expect(periodsSentence(rows("2017", "2018", "2013-2018"))).toMatch(/^Stated for 2017 and 2018; as a total over /);
  });

  it("opens with how the figures are stated when none is for a year or half-year", () => {
    expect(periodsSentence(rows("2019-06-30"))).toBe("Stated as a count on 30 Jun 2019.");
    expect(periodsSentence(rows("2013-2018"))).toMatch(/^Stated as a total over \S/);
    expect(periodsSentence(rows("2013-2018"))).not.toMatch(/^Stated for as/);
  });

  it("says nothing with no rows", () => {
    expect(periodsSentence([])).toBe("");
  });
});
