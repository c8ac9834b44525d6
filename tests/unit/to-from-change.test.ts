import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value period" of one sentence of a monthly release on January 2019. */
function read(text: string, reporting = "2019-01"): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: "2019-03-15",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.period.label}`);
}

describe("a change stated 'to X from Y' dates Y to the earlier period", () => {
  it.each([
    [
      "Personal remittances grew by 3.4 percent year-on-year in January 2019 to reach US$2.75 billion from US$2.66 billion.",
      ["2750000000 2019-01", "2660000000 2018-01"]
    ],
    [
      "Remittances from sea-based workers rose by 12.6 percent to US$0.58 billion from US$0.52 billion.",
      ["580000000 2019-01", "520000000 2018-01"]
    ],
    ["In January 2019, arrivals rose to 5,000 from 4,000.", ["5000 2019-01", "4000 2018-01"]],
    ["In January 2019, deportations fell to 320 from 410.", ["320 2019-01", "410 2018-01"]],
    ["In January 2019, asylum applications increased to 1,200 from 950.", ["1200 2019-01", "950 2018-01"]],
    [
      "In January 2019, remittances climbed by 4% to $2.1 billion from $2.0 billion.",
      ["2100000000 2019-01", "2000000000 2018-01"]
    ],
    ["In 2018, arrivals rose to 5,000 from 4,000.", ["5000 2018", "4000 2017"], "2018"],
    ["In 2018, deportations dropped to 700 from 900.", ["700 2018", "900 2017"], "2018"],
    ["In 2018, work permits issued grew to 12,000 from 10,500.", ["12000 2018", "10500 2017"], "2018"],
    ["In January 2019, migrant arrivals decreased by 3.2 percent to 410 from 424.", ["410 2019-01", "424 2018-01"]]
  ])("%s", (text, rows, reporting?: string) => {
    expect(read(text, reporting)).toEqual(rows);
  });

  it("keeps the time the 'from' figure names for itself", () => {
    expect(read("Refusals fell by 1% in 2016 to 17,395 from 17,636 in 2015.", "2016")).not.toContain("17636 2014");
    expect(read("Arrivals rose in 2018 to 5,000 from 4,000 in 2016.", "2018")).toContain("4000 2016");
  });
});
