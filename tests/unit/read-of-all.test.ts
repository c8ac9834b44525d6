import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {countedOfAll} from "../../loaders/general/read-of-all.js";

/** Each observation of one paragraph as "value indicator citizenship". */
function read(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2018"),
    documentDate: "2019",
    claimed: []
  });
  return r.observations.map((o) => `${o.value} ${o.indicator} ${o.citizenship ?? "-"}`);
}

describe("a count of an of-phrase that all after it describes", () => {
  it.each<[string, string[]]>([
    [
      "In 2018, 98 of identified trafficking victims, all are citizens of the Republic of Azerbaijan.",
      ["98 trafficking_victims_identified -", "98 trafficking_victims_identified Azerbaijan"]
    ],
    [
      "In 2018, 45 of identified trafficking victims, all were citizens of Moldova.",
      ["45 trafficking_victims_identified -", "45 trafficking_victims_identified Moldova"]
    ],
    [
      "In 2018, 12 of identified victims of trafficking, all of them are citizens of Ukraine.",
      ["12 trafficking_victims_identified -", "12 trafficking_victims_identified Ukraine"]
    ]
  ])("%s", (text, expected) => {
    for (const row of expected) expect(read(text)).toContain(row);
  });

  it.each<[string, string | null]>([
    [" of identified trafficking victims, all are citizens of X", "victim"],
    [" of identified victims, all were women", "victim"],
    [" of registered foreigners, all were adults", "foreigner"],
    [" of detained migrants, all are men", "migrant"],
    [" of the identified victims, all are citizens of X", null],
    [" of these victims, all were women", null],
    [" of identified victims were women", null],
    [" of them, all were women", null],
    [" of identified victims; all were women", null],
    [" of the 64 victims, all are citizens", null]
  ])("%j counts %s", (after, lemma) => {
    expect(countedOfAll(after, 0)?.noun?.lemma ?? null).toBe(lemma);
  });

  it("leaves a part of a counted whole alone", () => {
    expect(read("In 2018, 63 of the 64 identified trafficking victims were women.")).toContain(
      "64 trafficking_victims_identified -"
    );
  });
});
