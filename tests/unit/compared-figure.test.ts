import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value period" of one sentence of an annual chapter on 2017, published in June 2018. */
function read(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2017"),
    documentDate: "2018-06-28",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.period.label}`);
}

describe("a figure set against a count is of another period than the count", () => {
  it.each([
    ["The government prosecuted three trafficking cases, compared with two cases last year.", ["3 2017", "2 2016"]],
    ["The courts convicted three traffickers, compared with two convictions last year.", ["3 2017", "2 2016"]],
    ["The government identified 57 victims, compared with 40 victims last year.", ["57 2017", "40 2016"]],
    ["Authorities investigated 14 trafficking cases, compared to nine cases last year.", ["14 2017", "9 2016"]],
    ["The government identified 57 victims, compared with only 40 victims last year.", ["57 2017", "40 2016"]],
    [
      "Police arrested 30 suspected traffickers, as against 21 suspected traffickers last year.",
      ["30 2017", "21 2016"]
    ],
    ["Authorities prosecuted 12 defendants, compared with 15 defendants last year.", ["12 2017", "15 2016"]],
    ["The government identified 120 victims, compared with 88 victims in 2016.", ["120 2017", "88 2016"]],
    ["The government convicted five traffickers, compared to four traffickers last year.", ["5 2017", "4 2016"]],
    ["The government assisted 64 victims, compared with 70 victims last year.", ["64 2017", "70 2016"]]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("leaves a figure of another part set against the count in the count's period", () => {
    expect(
      read("In 2017, the government repatriated 85 victims from Malaysia, as against 18 victims from Thailand.")
    ).toEqual(["85 2017", "18 2017"]);
  });
});
