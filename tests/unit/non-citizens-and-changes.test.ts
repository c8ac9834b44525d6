import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

function read(text: string) {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2019"),
    documentDate: "2019",
    claimed: []
  });
  return r.observations.map((o) => `${o.indicator}:${o.period.label}:${o.value}`);
}

describe("non-citizens counted on a date", () => {
  it.each([
    ["On 1 January 2018, 233,393 non-citizens were registered in the Population Register.", "2018-01-01:233393"],
    ["As of 1 July 2019, 220 491 non-citizens resided in Latvia.", "2019-07-01:220491"],
    ["As at 1 January 2019 there were 224,670 non-citizens.", "2019-01-01:224670"],
    ["On 1 January 2019, 71,000 non-citizens lived in Estonia.", "2019-01-01:71000"],
    ["As of 1 January 2017, the Register listed 242,560 non-citizens.", "2017-01-01:242560"],
    ["On 1 July 2018, 229,000 non-citizens were registered.", "2018-07-01:229000"],
    ["As of 1 January 2016 the number of non-citizens was 252,195.", "2016-01-01:252195"],
    ["As at 31 December 2018, 224,000 non-citizens were registered in the country.", "2018-12-31:224000"],
    ["On 1 January 2015, 262,802 non-citizens were registered in the Register of Residents.", "2015-01-01:262802"],
    ["As of 1 January 2020, 209,000 non-citizens held non-citizens' passports.", "2020-01-01:209000"]
  ])("names %s", (sentence, expected) => {
    expect(read(sentence)).toContain(`non_citizens_registered:${expected}`);
  });

  it("leaves non-citizens naturalised to the grants of citizenship", () => {
    expect(read("In 2019, 900 non-citizens were naturalised.")).toEqual(["citizenship_granted:2019:900"]);
  });

  it("leaves foreigners registered at their place of stay to that indicator", () => {
    expect(read("In 2019, 672,337 foreigners were registered at their place of stay.")).toEqual([
      "residence_registrations:2019:672337"
    ]);
  });
});

describe("a change with an approximation before its number", () => {
  it.each([
    "each year the number of non-citizens decreases by approximately 10,000 persons",
    "the number of non-citizens decreased by about 10,000 persons",
    "the number increases by around 10,000 persons",
    "applications rose by some 10,000",
    "the number fell by nearly 10,000 persons",
    "arrivals grew by almost 10,000",
    "the figure dropped by roughly 10,000",
    "returns declined by approximately 10,000",
    "an increase of about 10,000 persons",
    "a decrease of around 10,000 applications"
  ])("is no count: %s", (sentence) => {
    expect(findQuantities(sentence).find((q) => q.value === 10000)?.excluded).toBeTruthy();
  });

  it.each([
    "Tajiks residing in Lithuania number nearly 7,000",
    "the total reached approximately 10,000 persons",
    "by approximately 10,000 persons were registered"
  ])("keeps the count in %s", (sentence) => {
    const q = findQuantities(sentence).find((x) => x.value === 7000 || x.value === 10000);
    expect(q?.excluded ?? null).toBeNull();
  });
});
