import {describe, expect, it} from "vitest";
import {partBeforeOutOf} from "../../loaders/general/read-out-of.js";
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
