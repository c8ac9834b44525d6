import {describe, expect, it} from "vitest";
import {refineReporting} from "../../loaders/general/refine-reporting.js";
import {parsePeriodLabel, parseReportingPeriod} from "../../loaders/periods/parse-period.js";

const reporting = parseReportingPeriod("2021-03..2021-04");
const label = (l: string) => parsePeriodLabel(l)!;

describe("refineReporting", () => {
  it("takes a span of the reporting period's months stated to the day", () => {
    expect(refineReporting(label("2021-03-15/2021-04-14"), reporting)?.label).toBe("2021-03-15..2021-04-14");
  });

  it("keeps the reporting period for other months, the same bounds, a stock or no reporting period", () => {
    expect(refineReporting(label("2021-05-15/2021-06-14"), reporting)).toBeNull();
    expect(refineReporting(label("2021-03-01/2021-04-30"), reporting)).toBeNull();
    expect(refineReporting({...label("2021-03-15/2021-04-14"), stock: true}, reporting)).toBeNull();
    expect(refineReporting(label("2021-03-15/2021-04-14"), null)).toBeNull();
  });
});
