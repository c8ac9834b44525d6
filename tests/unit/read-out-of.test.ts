import {describe, expect, it} from "vitest";
import {partBeforeOutOf, wholeNamedAgain} from "../../loaders/general/read-out-of.js";
import {countryRows} from "./read-paragraph.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value rule" of the statements of one paragraph (observations and candidates). */
function read(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2021"),
    documentDate: "2022-01-10",
    claimed: []
  });
  return [...r.observations, ...r.candidates]
    .sort((a, b) => a.value_start - b.value_start)
    .map((o) => `${o.value} ${o.spec_id} ${o.citizenship ?? "-"}`);
}

describe("a count with its own predicate out of a whole", () => {
  it.each([
    " were not allowed to land out of ",
    " of them were stopped in 2013 out of ",
    " were refused entry out of ",
    " was returned out of the ",
    " have been granted asylum out of a total of ",
    " had been deported out of ",
    " of whom were convicted out of ",
    " received permits out of ",
    " were found to be victims out of the ",
    " is still pending out of ",
    " obtained a residence permit out of "
  ])("%j", (between) => expect(partBeforeOutOf(between)).toBe(true));

  it.each([
    // Another count between them.
    " were refused in 2,013 cases out of ",
    // No predicate: the plain partitive is read elsewhere.
    " out of ",
    // Another clause between them.
    " were refused, and the rest came out of ",
    " victims out of "
  ])("%j is not", (between) => expect(partBeforeOutOf(between)).toBe(false));

  it.each<[string, string]>([
    ["In 2021, 50 were not allowed to land out of 10,800 persons.", "50 general:part-of -"],
    ["In 2021, 17 were deported out of the 21 detainees.", "17 general:part-of -"],
    ["In 2021, 312 were granted asylum out of 1,450 asylum seekers.", "312 general:part-of -"],
    ["In 2021, 40 were refused entry out of 3,100 travellers from Nigeria.", "40 general:part-of Nigeria"]
  ])("%j reads the part by its whole's noun", (text, row) => expect(read(text)).toContain(row));
});

describe("a part of a whole of a place and a people", () => {
  it.each<[string, string]>([
    [
      "On Tuesday the service received 17 of 21 Liberian deportees who have been living in the United States.",
      "17 -/Liberia"
    ],
    ["In 2021, 12 of the 40 Nigerian victims were identified in Italy.", "12 Italy/Nigeria"],
    ["In 2021, 30 of 45 Syrian refugees living in Jordan were resettled.", "30 -/Syria"]
  ])("%j", (text, row) => expect(countryRows(text)).toContain(row));

  it("keeps the citizenship the part's predicate names to the part", () => {
    expect(countryRows("In 2021, 63 of the 64 identified victims were citizens of Ukraine.")).toContain("63 -/Ukraine");
  });
});

describe("a group the document counted before, named again", () => {
  it.each<[string, number]>([
    ["Among the crimes committed by the ", 65],
    ["He did not give the identity of the ", 17],
    ["Most of the crimes were committed by the ", 12],
    ["They were all released on bail, except for the ", 4],
    ["The report spoke of the ", 9],
    ["Assistance was given to the ", 120],
    ["Interviews with the ", 31],
    ["She spoke about the ", 7],
    ["Shelter was found for the ", 250]
  ])("%j", (lead, value) => expect(wholeNamedAgain(lead, value, new Set([value, 3]))).toBe(true));

  it.each<[string, number]>([
    // A value the document had not counted before is a new count.
    ["Of the ", 136],
    // No preposition: a subject, not a group inside a phrase.
    ["In 2019, ", 65],
    ["The ", 65],
    // An indefinite count.
    ["Of ", 65]
  ])("%j is not", (lead, value) => expect(wholeNamedAgain(lead, value, new Set([65, 135]))).toBe(false));
});

describe("the whole of a partitive", () => {
  it.each(["63 of the ", "five out of the ", "all of the ", "none of the ", "Of the ", "“Of the "])(
    "%j is stated for its part",
    (lead) => expect(wholeNamedAgain(lead, 64, new Set([64]))).toBe(false)
  );
});

describe("all of a group named again", () => {
  it("is no new count", () => {
    const rows = countryRows(
      "In 2021, the service received 17 deportees from the United States. He did not give the identity of the 17 deportees, but said they are all Liberians."
    );
    expect(rows.filter((r) => r.startsWith("17 "))).toHaveLength(1);
  });
});
