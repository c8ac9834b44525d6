import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const read = (text: string) => {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2020-06-25",
    claimed: []
  });
  return {
    rows: r.observations.map((o) => `${o.value}@${o.period.label}`),
    held: r.candidates.filter((c) => c.reason === "an earlier period not named").map((c) => c.value)
  };
};

describe("a count of some earlier period, which the text does not name, is kept for review", () => {
  it.each([
    ["During a previous reporting period, the DOJ assigned 4 prosecutors to trafficking cases.", 4],
    ["In a prior reporting period, police identified 12 victims.", 12],
    ["During an earlier period, authorities deported 300 migrants.", 300],
    ["In a past reporting year, the ministry issued 1,200 work permits.", 1200],
    ["In previous reporting periods, courts convicted 9 traffickers.", 9],
    ["Over prior years, 45 victims were repatriated.", 45],
    ["In earlier years the government identified 61 victims.", 61],
    ["During past reporting periods, 18 shelters were opened.", 18],
    ["In a previous year, 77 migrants were detained.", 77],
    ["During a prior year, inspectors found 14 victims.", 14]
  ])("%s", (text, value) => {
    const {rows, held} = read(text);
    expect(held).toContain(value);
    expect(rows.some((r) => r.startsWith(`${value}@`))).toBe(false);
  });

  it.each([
    // The period just before is named, or the count names its own year.
    ["The government identified 40 victims, compared with 52 in the previous reporting period.", "52@2018"],
    ["In 2018, after prior years of decline, police identified 61 victims.", "61@2018"],
    ["During 2018, unlike in previous years, the police identified 64 victims.", "64@2018"]
  ])("keeps %s", (text, row) => expect(read(text).rows).toContain(row));
});
