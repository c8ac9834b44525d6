import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The indicator names of every row and candidate of one sentence. */
function names(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2016"),
    documentDate: "2017-06-01",
    claimed: []
  });
  return [...r.observations, ...r.candidates].map((o) => o.indicator);
}

// "Estimates released by the Central Statistics Office": figures an office puts out free nobody.
describe("figures released by an office are published, not people released", () => {
  it.each([
    "Figures released by the ministry show 4,200 foreign nationals in the country.",
    "Estimates released by the statistics office put the number of Irish emigrants at 40,200.",
    "Data released by the interior ministry counted 1,300 Syrian nationals.",
    "Figures released by the Home Office showed 5,300 people from Albania.",
    "Results released by the bureau list 870 foreign students.",
    "Numbers released by the ministry show 640 Nepali nationals in the country.",
    "Data released on Monday show 930 foreign nationals from Ghana.",
    "A report released by the office mentions 150 Sudanese nationals.",
    "Figures released by the department show 2,758 requests made by Ireland.",
    "Survey findings released by the institute cover 3,400 migrant households."
  ])("%s", (text) => {
    const read = names(text);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((n) => n.includes("rescue"))).toEqual([]);
  });

  // People set free are still released, and a rescue beside a publication is still a rescue.
  it.each([
    ["Police released 14 migrants from detention centres.", "detention_releases"],
    ["Figures released by the ministry show that police rescued 24 victims of trafficking.", "trafficking_victims"]
  ])("%s", (text, indicator) => {
    expect(names(text)).toEqual([indicator]);
  });
});
