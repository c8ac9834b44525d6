import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {bracketClauseEnd} from "../../loaders/general/read-bracket-clause.js";

/** Each observation of one paragraph as "value@period indicator citizenship". */
function read(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2017"),
    documentDate: "2018",
    claimed: []
  });
  return r.observations.map((o) => `${o.value}@${o.period.label} ${o.indicator} ${o.citizenship ?? "-"}`);
}

const LETTERS =
  "The letters on potential victims of human trafficking were sent to the police (related to 1 Pakistani citizen in 2012, 11 Pakistani citizens in 2013, about 3 Chinese citizens in 2014, 4 Philippine citizens in 2015 and 4 Philippine citizen in 2017) and as a result of the investigation no fact regarding human trafficking was revealed.";

describe("counts in a bracket that a new clause follows", () => {
  it.each<[string, string]>([
    [LETTERS, "1@2012 potential_victims_reported Pakistan"],
    [LETTERS, "11@2013 potential_victims_reported Pakistan"],
    [LETTERS, "3@2014 potential_victims_reported China"],
    [LETTERS, "4@2015 potential_victims_reported Philippines"],
    [LETTERS, "4@2017 potential_victims_reported Philippines"],
    [
      "Letters on possible victims of trafficking were sent to the prosecutor (concerning 5 Nepalese citizens in 2016 and 2 Indian citizens in 2017), but no case was opened.",
      "2@2017 potential_victims_reported India"
    ],
    [
      "The police were notified of potential victims of trafficking (7 Uzbek citizens in 2016 and 9 Uzbek citizens in 2017) and an investigation followed.",
      "9@2017 potential_victims_reported Uzbekistan"
    ]
  ])("%s → %s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it.each<[string, number]>([
    ["Some text (12 men and 5 women) and more", 2],
    ["Some text (12 men and 5 women), and more", 2],
    ["Some text (12 men and 5 women), while others", 2],
    ["Some text (12 men, 5 women) but not", 2]
  ])("%j: the clause ends at the bracket", (text, from) => {
    expect(bracketClauseEnd(text, text.indexOf("5 women") + from)).toBe(text.indexOf(")"));
  });

  it.each<string>([
    "Victims (12 men and 5 women) were identified",
    "Victims (12 men and 5 women) and their children were assisted",
    "Victims (12 men and 5 women) and were",
    "Victims (12 men and 5 women were identified",
    "Victims (12 men (5 minors) and 5 women) and more"
  ])("%j: the bracket's verb or no new clause follows", (text) => {
    expect(bracketClauseEnd(text, text.indexOf("12"))).toBe(-1);
  });

  it("keeps the counts of victims identified apart from letters on potential victims", () => {
    expect(read("In 2017, 45 victims of trafficking were identified by the police.")).toContain(
      "45@2017 trafficking_victims_identified -"
    );
  });
});
