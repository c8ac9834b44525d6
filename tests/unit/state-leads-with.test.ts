import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {opensStateRanking} from "../../loaders/general/read-receiving-state.js";

function read(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016"),
    documentDate: "2017-02-13",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label} ${o.indicator} ${o.citizenship ?? "-"}`);
}

describe("a state heading a ranking with its figure: a part of the count before, of that citizenship where people were sent or given permits", () => {
  it.each([
    [
      "In 2016, 36,700 work permits were issued to foreigners. China dominates with 12,699 permits.",
      "12699@2016 work_permits_issued China"
    ],
    ["In 2016, 4,500 migrants were deported. India leads with 1,100.", "1100@2016 deportations India"],
    ["In 2016, 4,500 migrants were deported. India led with 1,100.", "1100@2016 deportations India"],
    ["In 2016, 4,500 migrants were deported. Nepal tops the list with 900.", "900@2016 deportations Nepal"],
    ["In 2016, 4,500 migrants were deported. Nepal topped the list with 900.", "900@2016 deportations Nepal"],
    ["In 2016, 4,500 migrants were deported. Ghana heads the ranking with 640.", "640@2016 deportations Ghana"],
    ["In 2016, 4,500 migrants were deported. Ghana headed with 640.", "640@2016 deportations Ghana"],
    [
      "In 2016, 36,700 work permits were issued to foreigners. Turkey dominated with 9,000.",
      "9000@2016 work_permits_issued Turkey"
    ],
    ["In 2016, 3,100 asylum applications were received. Syria leads with 1,204.", "1204@2016 asylum_applications -"],
    [
      "In 2016, 3,100 asylum applications were received. Syria leads with about 1,204.",
      "1204@2016 asylum_applications -"
    ],
    [
      // A ranking of people counted by a state's name: that state's citizens (see rank-place.test.ts).
      "In 2016, 780 trafficking victims were identified. Nigeria tops the table with 312.",
      "312@2016 trafficking_victims_identified Nigeria"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});

describe("sentences that open on no state heading a ranking", () => {
  it.each([["The minister leads with 12 proposals."], ["Leads with 12,699 permits."], ["China dominates the market."]])(
    "%s",
    (text) => {
      expect(opensStateRanking(text)).toBe(false);
    }
  );
});
