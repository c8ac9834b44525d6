import {describe, expect, it} from "vitest";
import {copularKind, countsPersonsAsCases} from "../../loaders/general/cases-of-kind.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {segmentParagraphs} from "../../loaders/text/segment-paragraphs.js";

const REPORTING = {label: "2019", start: "2019-01-01", end: "2019-12-31", partial: false, stock: false};
const PERSONS = {writtenLemma: "victim", person: true};
const CASES = {writtenLemma: "case", person: true};

/** Each observation of a paragraph as "value indicator category". */
const rows = (text: string) =>
  extractStatements(text, segmentParagraphs(text), {
    reportingPeriod: REPORTING,
    documentDate: "2020-06-25",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.indicator} ${o.category ?? ""}`.trim());

describe("cases of a kind listed under a count of persons", () => {
  it.each([
    ["case", "forced begging", PERSONS, ", including "],
    ["case", "forced begging", PERSONS, " including "],
    ["case", "forced labor", PERSONS, ", of which "],
    ["case", "forced labor", PERSONS, ", of whom "],
    ["case", "sex trafficking", PERSONS, ", among them "],
    ["case", "forced criminality", CASES, " of forced begging, "],
    ["case", "forced criminality", CASES, ", "],
    ["case", "recruitment", CASES, " of forced criminality, and "],
    ["case", "domestic servitude", CASES, " and "],
    ["case", "forced begging", PERSONS, ", mostly forced labor victims, including "]
  ])("reads a %s of %s as persons", (lemma, category, prior, between) => {
    expect(countsPersonsAsCases(lemma, category, prior, between)).toBe(true);
  });

  it.each([
    ["case", "forced begging", {writtenLemma: "case", person: false}, ", including "],
    ["case", undefined, PERSONS, ", including "],
    ["victim", "forced begging", PERSONS, ", including "],
    ["case", "forced begging", PERSONS, ", "],
    ["case", "forced begging", PERSONS, "; police investigated "],
    ["case", "forced begging", PERSONS, " (including "],
    ["case", "forced begging", null, ", including "],
    ["case", "forced begging", CASES, "; "],
    ["case", "forced begging", PERSONS, " and opened "],
    ["case", "forced begging", CASES, " were opened and "]
  ])("does not read a %s of %s as persons", (lemma, category, prior, between) => {
    expect(countsPersonsAsCases(lemma, category ?? undefined, prior, between)).toBe(false);
  });

  it("reads the list under a part of identified victims", () => {
    const text =
      "The government identified 150 victims; 68 were forced labor cases, including 42 cases of forced begging, two cases of forced criminality, and one case of recruitment for armed operations.";
    expect(rows(text)).toEqual(
      expect.arrayContaining([
        "42 trafficking_victims_identified forced begging",
        "2 trafficking_victims_identified forced criminality",
        "1 trafficking_victims_identified recruitment for armed operations"
      ])
    );
  });
});

describe("a one-word predicate naming a part", () => {
  const counted = (modifiers: string, breakdown = {}) => ({copular: true, modifiers, breakdown});
  it.each(["transgender", "stateless", "nonbinary", "unknown", "intersex", "foreign", "adult"])(
    "reads 'two were %s'",
    (word) => {
      expect(copularKind(counted(word), ", and")).toBe(true);
    }
  );
  it.each([
    ["transgender", "."],
    ["transgender", ";"],
    ["transgender", ")"],
    ["transgender", " and"]
  ])("reads '%s' before %j", (word, after) => {
    expect(copularKind(counted(word), after)).toBe(true);
  });

  it.each([
    [counted("refused"), "."],
    [counted("pending"), "."],
    [counted("granted"), "."],
    [counted("transgender", {sex: "female"}), "."],
    [{copular: false, modifiers: "transgender", breakdown: {}}, "."],
    [counted("transgender"), " victims"],
    [counted("two"), "."],
    [counted("arrested"), "."],
    [counted("identified"), "."],
    [counted("taken"), "."],
    [counted("formally"), " and"]
  ])("does not read %j", (c, after) => {
    expect(copularKind(c, after)).toBe(false);
  });

  it("reads the part of a sex split", () => {
    const text = "The government identified 150 victims; 116 were female, 28 were male, and two were transgender.";
    expect(rows(text).some((r) => /^2 \w*victims_identified transgender$/.test(r))).toBe(true);
  });
});
