import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period" of the rows of one paragraph of a Nepali press item dated 2 March 2015. */
function rows(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2014"),
    documentDate: "2015-03-02",
    state: "Nepal",
    stateCode: "NPL",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

describe("a year of the Bikram Sambat is its span of Gregorian days", () => {
  it.each([
    [
      "A total of 492,532 Nepalis left Nepal for employment abroad in the year 2070 B.S (2013/14).",
      "492532@2013-04-14..2014-04-13"
    ],
    ["In 2070 B.S., 461,769 male workers left for jobs abroad.", "461769@2013-04-14..2014-04-13"],
    ["The department issued 380,000 labour permits in 2071 BS.", "380000@2014-04-14..2015-04-13"],
    ["In the year 2069 B.S., 384,665 workers went abroad.", "384665@2012-04-14..2013-04-13"],
    ["During 2071 B.S., 5,200 migrant workers returned home.", "5200@2014-04-14..2015-04-13"],
    ["In 2068 V.S., 354,716 labour permits were issued.", "354716@2011-04-14..2012-04-13"],
    ["Some 30,763 women left for foreign employment in 2070 BS.", "30763@2013-04-14..2014-04-13"],
    ["In fiscal 2070 B.S, remittances reached NPR 543 billion.", "543000000000@2013-04-14..2014-04-13"],
    ["The government rescued 45 victims of trafficking in 2071 B.S.", "45@2014-04-14..2015-04-13"],
    ["A total of 1,002 migrant workers died abroad in 2071 Bikram Sambat.", "1002@2014-04-14..2015-04-13"]
  ])("%s", (text, expected) => {
    expect(rows(text)).toContain(expected);
  });
});

describe("a year of another calendar is no count and no Gregorian year", () => {
  it.each([
    ["A total of 492,532 Nepalis left Nepal for employment abroad in the year 2070 B.S (2013/14).", "2070@"],
    ["In 1440 AH, 2.5 million pilgrims were registered.", "1440@"],
    ["In 2011 E.C., 12,000 Ethiopians returned from Saudi Arabia.", "12000@2011 "]
  ])("%s", (text, absent) => {
    expect(rows(text).some((r) => r.startsWith(absent) || `${r} `.includes(absent))).toBe(false);
  });
});
