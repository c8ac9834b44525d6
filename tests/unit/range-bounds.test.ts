import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** "value@period [category]" of the observations of one sentence of a 2019 release. */
function read(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2019-12-10",
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label} [${o.category ?? ""}]`);
}

describe("the ends of a range stated with 'between … and' are its bounds", () => {
  it.each([
    "A fishing boat carrying between 150 and 180 migrants was intercepted by the coast guard.",
    "Between 150 and 180 requests for asylum were received.",
    "Police arrested between 150 and 180 irregular migrants.",
    "The coast guard intercepted between 150 and 180 migrants off the coast.",
    "Between 150 and 180 victims were identified in 2019.",
    "Authorities deported between 150 and 180 foreigners.",
    "Between 150 and 180 Gambian migrants returned home.",
    "The ministry issued between 150 and 180 work permits.",
    "Between 150 and 180 people were rescued at sea.",
    "In 2019, between 150 and 180 asylum seekers arrived."
  ])("%s", (text) => {
    expect(read(text)).toEqual(["150@2019 [lower bound]", "180@2019 [upper bound]"]);
  });

  it.each([
    // Ages and years are no counts, whatever joins them.
    ["The victims were aged between 9 and 18 years.", []],
    ["Victims aged between 15 and 17 were identified.", []],
    ["The number rose between 2017 and 2018.", []],
    ["Between 2012 and 2013, 180 migrants were deported.", ["180@2012-2013 []"]],
    // A range of each one's counts bounds no total.
    ["In 2019, each nationality filed between 150 and 180 applications.", []],
    ["In 2019, the offices received between 150 and 180 applications each.", []],
    // "from … to" is a change, not a range.
    ["Arrests rose from 150 to 180 migrants.", ["150@2018 []"]]
  ])("reads no bounds in: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
