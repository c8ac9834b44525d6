import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

const counts = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded && q.kind === "count")
    .map((q) => q.value);

describe("a count and its share set apart by a dash are no range", () => {
  it.each([
    ["Thailand (7,600 – 24%)", 7600],
    ["the Philippines (5,800 – 18%)", 5800],
    ["India (3,000 - 10%)", 3000],
    ["China (1,600 – 5 per cent)", 1600],
    ["Nepal (1,500 – 5 percent)", 1500],
    ["Morocco (506,369 – 13.9%)", 506369],
    ["Syria (12,000 - 31 %)", 12000],
    ["Eritrea (2,415 – 7.5%)", 2415],
    ["Ukraine (223,782 – 6.1 per cent)", 223782],
    ["Sudan (980 – 2.6%)", 980],
    ["Albania (491,495 - 13.5%)", 491495]
  ])("%s", (text, value) => {
    expect(counts(text)).toEqual([value]);
  });

  it("reads the listed counts as parts of the count before", () => {
    const text =
      "In 2010, 31,600 foreign workers came to Israel. The main source countries are Thailand (7,600 – 24%), the Philippines (5,800 – 18%) and Nepal (1,500 – 5%).";
    const got = extractStatements(text, [{number: "", start: 0, end: text.length}], {
      reportingPeriod: parsePeriodLabel("2010"),
      documentDate: "2011-12-01",
      claimed: []
    }).observations.map((o) => `${o.value} ${o.citizenship ?? "-"}`);
    // Foreign workers who came to the country are foreigners: the whole carries that citizenship, each part its own.
    expect(got).toEqual(["31600 foreign", "7600 Thailand", "5800 Philippines", "1500 Nepal"]);
  });
});

describe("ranges stay ranges", () => {
  it.each([
    ["between 10 – 25% of them", []],
    ["codes 1,200-1,300", []],
    ["10 - 25 %", []],
    ["1,600 – 2,000 workers", []]
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});
