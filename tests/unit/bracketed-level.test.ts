import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parseReportingPeriod} from "../../loaders/periods/parse-period.js";
import {unbracketChange} from "../../loaders/general/bracketed-level.js";

function read(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parseReportingPeriod("2023-01-01..2023-10-31"),
    documentDate: "2023-12-04",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.indicator}`);
}

describe("a bracket giving a level and its signed change is the level of the noun before it", () => {
  it.each([
    [
      "There has been a decrease in the number of temporary residence permits issued to foreigners (-53.7%; 71,900).",
      "71900 temporary_residence_permits_issued"
    ],
    [
      "There was an increase in the number of work permits issued to foreigners (+4.5%; 80,700).",
      "80700 work_permits_issued"
    ],
    ["The number of work permits issued to foreigners rose (80,700; +4.5%).", "80700 work_permits_issued"],
    ["There was a decrease in the number of foreigners deported (-12.1%; 22,760).", "22760 deportations"],
    ["The number of asylum applications grew (+8.4%; 1,204).", "1204 asylum_applications"],
    ["There was an increase in the number of visas issued (+3 %; 45,000).", "45000 visas_issued"],
    ["There was a decrease in the number of residence permits issued (−12.1%; 227,600).", "227600 residence_permits"],
    ["The number of foreigners deported fell (3,300, -20.5%).", "3300 deportations"],
    ["The number of work permits issued increased (+10 per cent; 9,100).", "9100 work_permits_issued"],
    ["The number of citizenship grants rose (+2.2%; 13,750).", "13750 "],
    ["There was an increase in the number of foreigners registered (+0.3%; 234,400).", "234400 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });

  it("keeps offsets: the level stays where it was", () => {
    const text = "permits (-53.7%; 71,900) and";
    const out = unbracketChange(text);
    expect(out).toHaveLength(text.length);
    expect(out.indexOf("71,900")).toBe(text.indexOf("71,900"));
    expect(out).not.toContain("53.7");
  });
});

describe("brackets that are no level with its change", () => {
  it.each(["victims (63 in 2015; 12 in 2014)", "permits (53.7%; 71,900)", "shares (+4.5%; +3.2%)", "cases (12; 14)"])(
    "%s",
    (text) => {
      expect(unbracketChange(text)).toBe(text);
    }
  );
});
