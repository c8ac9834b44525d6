import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The zero rows read from one sentence of a 2018 release. */
function zeros(text: string): number {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2018"),
    documentDate: "2018-06-30",
    state: "Zambia",
    claimed: []
  });
  return [...r.observations, ...r.candidates].filter((o) => o.value === 0).length;
}

describe("'no' of an adverb counts nothing", () => {
  it.each([
    "In 2018, the transit centre could no longer accommodate new arrivals.",
    "In 2018, the shelter was no longer able to receive victims.",
    "In 2018, the camp no longer admitted asylum seekers from the north.",
    "In 2018, police no longer detained migrants at the border post.",
    "In 2018, applications were to be lodged no later than 30 days after arrival of the applicants.",
    "In 2018, the ministry said there was no doubt that victims were under-reported.",
    "In 2018, refugees must register no matter how many relatives accompany them.",
    "In 2018, the island no longer received returnees from the mainland.",
    "In 2018, the authorities no longer deported minors.",
    "In 2018, the centre no longer hosted refugees after the fire."
  ])("%j", (text) => {
    expect(zeros(text)).toBe(0);
  });

  it.each([
    "In 2018, no victims were identified.",
    "In 2018, no refugee returned from Rwanda.",
    "In 2018, the government reported no prosecutions.",
    "In 2018, no further arrivals were recorded at the transit centre."
  ])("still counts none in %j", (text) => {
    expect(zeros(text)).toBeGreaterThan(0);
  });
});
