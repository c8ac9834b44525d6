import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {isRespectiveDay, respectiveDays} from "../../loaders/general/read-respective-days.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@start..end" of the rows read from one paragraph of an item dated 23 August 2022. */
function rows(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2022-08"),
    documentDate: "2022-08-23",
    state: "Indonesia",
    claimed: []
  });
  return r.observations.map((o) => `${o.value}@${o.period.start}..${o.period.end}`);
}

describe("counts dated one by one with respectively", () => {
  it.each([
    [
      "Previously, the government repatriated 12, 13, and 14 people on August 5, 6, and 8, respectively.",
      ["12@2022-08-05", "13@2022-08-06", "14@2022-08-08"]
    ],
    [
      "The coast guard rescued 40, 25 and 61 migrants on July 2, 9 and 30, respectively.",
      ["40@2022-07-02", "25@2022-07-09", "61@2022-07-30"]
    ],
    [
      "Police rescued 17 and 22 victims of trafficking on 3 and 14 May respectively.",
      ["17@2022-05-03", "22@2022-05-14"]
    ],
    [
      "In 2021, the ministry repatriated 105 and 98 migrant workers on 1 and 15 March, respectively.",
      ["105@2021-03-01", "98@2021-03-15"]
    ],
    [
      "Authorities deported 30, 31 and 44 foreigners on June 10, 11 and 12, respectively.",
      ["30@2022-06-10", "31@2022-06-11", "44@2022-06-12"]
    ],
    ["The navy intercepted 120 and 87 migrants on Aug. 1 and 7, respectively.", ["120@2022-08-01", "87@2022-08-07"]],
    [
      "The embassy repatriated 9 and 11 migrant workers on 20 and 21 July 2022, respectively.",
      ["9@2022-07-20", "11@2022-07-21"]
    ],
    [
      "Officers arrested 6, 8, and 5 smugglers on February 3, 17, and 28, respectively.",
      ["6@2022-02-03", "8@2022-02-17", "5@2022-02-28"]
    ],
    [
      "The government repatriated 1,050 and 2,310 migrants on April 4 and 19 respectively.",
      ["1050@2022-04-04", "2310@2022-04-19"]
    ],
    [
      "The agency returned 33 and 35 victims of trafficking on the 2nd and 9th of June, respectively.",
      ["33@2022-06-02", "35@2022-06-09"]
    ],
    ["Police rescued 14 and 16 victims on November 3 and 10, 2021, respectively.", ["14@2021-11-03", "16@2021-11-10"]]
  ])("%j", (text, expected) => {
    const read = rows(text);
    for (const e of expected) expect(read.some((r) => r.startsWith(`${e}..`))).toBe(true);
    // No day of the list is read as a count.
    expect(read.length).toBe(expected.length);
  });
});

describe("the list of days", () => {
  it("marks the days, not the counts, as dates", () => {
    const text = "The government repatriated 12, 13, and 14 people on August 5, 6, and 8, respectively.";
    expect(isRespectiveDay(text, text.indexOf("6,"))).toBe(true);
    expect(isRespectiveDay(text, text.indexOf("8,"))).toBe(true);
    expect(isRespectiveDay(text, text.indexOf("13"))).toBe(false);
  });

  it.each([
    ["no respectively", "The government repatriated 12 people on August 5, and 6 more on August 8."],
    ["respectively of ages, not days", "The victims were 12 and 14 years old respectively."],
    ["a day past the month's end", "Police rescued 4 and 5 victims on 30 and 31 February respectively."],
    ["a count after one date", "On August 5, 120 migrants arrived, and 60 on August 6."]
  ])("reads no list of days with %s", (_, text) => {
    expect(respectiveDays(text, "2022-08-23")).toBeNull();
  });

  it("keeps the period of the sentence when the lists differ in length", () => {
    const read = rows("The government repatriated 12 and 14 people on August 5, 6, and 8, respectively.");
    expect(read.some((r) => r.startsWith("14@2022-08-06"))).toBe(false);
    expect(read.some((r) => r.startsWith("6@") || r.startsWith("8@"))).toBe(false);
  });

  it("reads a count after a single day as a count", () => {
    expect(rows("And on August 22, 202 migrant workers were repatriated.")).toContain("202@2022-08-22..2022-08-22");
  });

  it("leaves a speech's day out of the document's stock day", () => {
    for (const text of [
      "Officials revealed the figures on Oct. 5. The country is currently home to 4,000 refugees.",
      "Officials revealed the figures on 5 October. The country is currently home to 4,000 refugees."
    ])
      expect(rows(text).some((r) => r.includes("-10-05"))).toBe(false);
  });
});
