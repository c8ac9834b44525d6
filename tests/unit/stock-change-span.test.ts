import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period" of every reading of a stock's change, charted or held as a candidate, in a release on 2009Q3 of November 2009. */
function changes(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2009Q3"),
    documentDate: "2009-11",
    claimed: []
  });
  return [...r.observations, ...r.candidates]
    .filter((o) => o.indicator.endsWith("_change"))
    .map((o) => `${o.value}@${o.period.label}`);
}

describe("a stock's change happened over a span, not on a day", () => {
  it.each([
    "The number of foreign workers present rose by 3.0 percent.",
    "The number of foreign workers in the country went up by 3.0 percent compared with the previous quarter.",
    "The number of foreign workers fell by 3.0 percent.",
    "The number of foreign workers in the country declined by 3.0 percent over the quarter.",
    "The number of refugees hosted increased by 3.0 percent.",
    "The refugee population grew by 3.0 percent.",
    "The number of valid work permits increased by 3.0 percent.",
    "The number of persons in detention dropped by 3.0 percent.",
    "The number of expatriate workers rose 3.0 percent.",
    "The number of migrant workers in the country increased by 3.0 per cent."
  ])("%s", (text) => {
    expect(changes(text)).toEqual(["3@2009Q3"]);
  });

  it("leaves the level the change led to on its day", () => {
    const text =
      "As at 30 September 2009, the number of foreign workers stood at 17,982. The number of foreign workers rose by 3.0 percent.";
    const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parsePeriodLabel("2009Q3"),
      documentDate: "2009-11",
      claimed: []
    });
    expect(r.observations.map((o) => `${o.value}@${o.period.label}`)).toContain("17982@2009-09-30");
  });
});
