import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {opensOriginList} from "../../loaders/general/read-place-list.js";

/** "value citizenship" of the observations of a text of two sentences, a count and a list of its origins. */
function listed(text: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2012"),
    documentDate: "2013-03-01",
    claimed: []
  }).observations.map((o) => `${o.value} ${o.citizenship ?? "-"}`);
}

const COUNT = "In 2012, 3,600 foreigners were granted a residence permit.";

describe("a list of origins after a copula and a colon, or of citizenships", () => {
  it.each([
    "The most relevant citizenships are: Morocco (506), Albania (491) and China (277).",
    "The main nationalities are: Morocco (506), Albania (491) and China (277).",
    "The main nationalities were: Morocco (506), Albania (491) and China (277).",
    "The top countries of origin are: Morocco (506), Albania (491) and China (277).",
    "The main citizenships are Morocco (506), Albania (491) and China (277).",
    "The most represented nationalities are Morocco (506), Albania (491) and China (277).",
    "The most numerous nationalities were Morocco (506), Albania (491) and China (277).",
    "The most important countries of origin were Morocco (506), Albania (491) and China (277).",
    "The main source countries included: Morocco (506), Albania (491) and China (277).",
    "The leading citizenships were: Morocco (506), Albania (491) and China (277).",
    "The principal nationalities are: Morocco (506), Albania (491) and China (277)."
  ])("%s", (list) => {
    expect(listed(`${COUNT} ${list}`)).toEqual(["3600 -", "506 Morocco", "491 Albania", "277 China"]);
  });
});

describe("sentences that list no origins", () => {
  it.each([
    "The most relevant factors are: cost (506), distance (491) and time (277).",
    "Most relevant are the following.",
    "The citizens are: happy."
  ])("%s", (text) => {
    expect(opensOriginList(text)).toBe(false);
  });
});
