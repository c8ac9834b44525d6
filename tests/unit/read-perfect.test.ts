import {describe, expect, it} from "vitest";
import {blockBetween, isPresentPerfect} from "../../loaders/general/read-perfect.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const perfect = (sentence: string, n: string) => isPresentPerfect(sentence, sentence.indexOf(n));

describe("isPresentPerfect", () => {
  it.each([
    ["Regional Women's Committees have placed 312 women in jobs.", "312"],
    ["The committees have gained free medical assistance for 405 women.", "405"],
    ["They have gotten social care for 359 women.", "359"],
    ["The Ministry has issued 1,200 permits.", "1,200"],
    ["The centres have also helped 148 women to acquire skills.", "148"],
    ["The courts have already heard 73 cases.", "73"],
    ["Some 2,000 officials have been trained; the Ministry has held 45 seminars.", "45"],
    ["The State has paid compensation to 19 victims.", "19"],
    ["The hotline has received 2,300 calls.", "2,300"],
    ["Since then the authorities have sent 80 requests.", "80"],
    ["The Agency has so far registered 6,500 persons.", "6,500"]
  ])("reads %s", (sentence, n) => {
    expect(perfect(sentence, n)).toBe(true);
  });

  it.each([
    ["In 2014, 642 persons were convicted.", "642"],
    ["The committees placed 312 women in jobs.", "312"],
    ["The Ministry issued 1,200 permits and has published the list.", "1,200"],
    ["The State has ratified the Convention; 18 cases were opened.", "18"],
    ["The Ministry will issue 500 permits.", "500"],
    ["The Ministry had a budget; it issued 300 permits.", "300"],
    ["A total of 92 cases were reported.", "92"],
    ["The shelter has 40 beds.", "40"],
    ["The law has 12 chapters.", "12"],
    ["Having received 30 applications, the office closed.", "30"]
  ])("does not read %s", (sentence, n) => {
    expect(perfect(sentence, n)).toBe(false);
  });

  it("tells a blank line between two offsets", () => {
    expect(blockBetween("In 2014, 5 cases.\n\nThey have placed 3.", 0, 20)).toBe(true);
    expect(blockBetween("In 2014, 5 cases.\nThey have placed 3.", 0, 20)).toBe(false);
  });
});

// The year just before the report's own (2014 here) is a look back that frames its sentence alone, so the
// blocks open on an older year, which frames what follows.
describe("an achievement in the present perfect, blocks after a year was named", () => {
  const run = (text: string) => {
    const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parsePeriodLabel("2015"),
      documentDate: "2015",
      claimed: []
    });
    return {
      observations: r.observations.map((o) => `${o.value}:${o.period.label}`),
      candidates: r.candidates.map((o) => `${o.value}:${o.reason}`)
    };
  };

  it("keeps it as a candidate, while a past-tense count after the year keeps the year", () => {
    const text =
      "In 2013, a total of 642 persons were convicted of human trafficking.\n\nFacilities are inspected regularly.\n\nRegional Women's Committees have placed 312 women in jobs.";
    const r = run(text);
    expect(r.observations).toEqual(["642:2013"]);
    expect(r.candidates).toEqual(["312:no period of its own"]);
  });

  it("keeps the year for the same sentence in the year's own block", () => {
    const text =
      "In 2013, a total of 642 persons were convicted. Regional Women's Committees have placed 312 women in jobs.";
    expect(run(text).observations).toContain("312:2013");
  });
});
