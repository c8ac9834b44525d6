import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** Every reading of one paragraph, observation or candidate, as "value indicator". */
function readings(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2017"),
    documentDate: "2018-02-26",
    claimed: []
  });
  return [...r.observations, ...r.candidates].map((o) => `${o.value} ${o.indicator}`);
}

const ARRIVAL = /entered|arriv|entries|entry|crossing/;

describe("'came' in a ranking says a rank, not an arrival", () => {
  it.each([
    ["In second place came Sudanese refugees with 36,196.", "36196"],
    ["In first place came Syrian refugees with 127,414.", "127414"],
    ["In third place came Ethiopian refugees with 14,564.", "14564"],
    ["In second place came refugees from Eritrea, with 12,959.", "12959"],
    ["In fourth place came Iraqi refugees, numbering 6,732.", "6732"],
    ["Sudanese refugees came second with 36,196.", "36196"],
    ["Syrian refugees came first, with 127,414.", "127414"],
    ["Somali refugees came in third with 6,714.", "6714"],
    ["Yemeni refugees came last with 1,200.", "1200"],
    ["In last place came South Sudanese refugees with 10,518.", "10518"]
  ])("%s", (text, value) => {
    const got = readings(text).filter((r) => r.startsWith(`${value} `));
    expect(got.length, readings(text).join("; ")).toBeGreaterThan(0);
    expect(got.filter((r) => ARRIVAL.test(r))).toEqual([]);
  });

  it.each([
    ["In 2017, 36,196 refugees came to Egypt.", "36196"],
    ["Some 12,959 refugees came from Eritrea in 2017.", "12959"],
    ["In 2017, 6,714 refugees came for the first time.", "6714"]
  ])("an arrival still: %s", (text, value) => {
    expect(readings(text).filter((r) => r.startsWith(`${value} `) && ARRIVAL.test(r)).length).toBeGreaterThan(0);
  });
});
