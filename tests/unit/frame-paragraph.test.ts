import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {framesParagraph, paragraphReportingPeriod} from "../../loaders/general/frame-paragraph.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {extractDocument} from "../../loaders/extract-document.js";
import {meta} from "../helpers.js";

const period = (label: string) => parsePeriodLabel(label)!;

/** Each number of one paragraph with the period the general reader gives it. */
function periods(text: string, reporting = "2013-2019") {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel(reporting),
    documentDate: "2020",
    claimed: []
  });
  return Object.fromEntries(r.observations.map((o) => [o.value, o.period.label]));
}

describe("periods a paragraph's opening sets", () => {
  it("a year or a half-year frames the sentences after it, a month does not", () => {
    expect(framesParagraph(period("2017"))).toBe(true);
    expect(framesParagraph(period("2019H1"))).toBe(true);
    expect(framesParagraph(period("2019-03"))).toBe(false);
  });

  it("the reporting period narrows to a part of it, never to a span outside it or to itself", () => {
    const reporting = period("2013-2019");
    expect(paragraphReportingPeriod(period("2017"), reporting)?.label).toBe("2017");
    expect(paragraphReportingPeriod(period("2011"), reporting)).toBeNull();
    expect(paragraphReportingPeriod(period("2013-2019"), reporting)).toBeNull();
    expect(paragraphReportingPeriod(period("2017"), null)).toBeNull();
  });

  it("'during the reporting period' in a paragraph opened by a year's figures is that year", () => {
    const text =
      "In 2016, 41 victims of trafficking were identified. During the reporting period, 12 traffickers were convicted.";
    expect(periods(text)).toMatchObject({41: "2016", 12: "2016"});
  });

  it("'during the reporting period' stays the document's when the opening year states no figures", () => {
    const text =
      "In 2016, the law on trafficking was amended. During the reporting period, 12 traffickers were convicted.";
    expect(periods(text)[12]).toBe("2013-2019");
  });

  it("a half-year opening frames the sentences after it", () => {
    const text =
      "During the first 6 months of 2019, 30 victims of trafficking were identified. 7 traffickers were convicted.";
    expect(periods(text)).toMatchObject({30: "2019H1", 7: "2019H1"});
  });
});

describe("checks of statements the general reader reads", () => {
  it("a part it reads is checked against the total stated in the paragraph", () => {
    const text = "1. In 2018, 98 trafficking victims were recorded. No foreign victim was recorded in 2018.\n";
    const r = extractDocument(text, meta({reporting_period: "2018"}), {tables: [], sentences: []});
    const subset = r.checks.filter((c) => c.kind === "subset");
    expect(subset.map((c) => [c.expected, c.actual, c.status])).toEqual([[98, 0, "pass"]]);
  });

  it("a part larger than its total fails", () => {
    const text = "1. In 2018, 9 trafficking victims were recorded. 12 foreign victims were recorded in 2018.\n";
    const r = extractDocument(text, meta({reporting_period: "2018"}), {tables: [], sentences: []});
    expect(r.checks.filter((c) => c.kind === "subset").map((c) => c.status)).toEqual(["fail"]);
  });
});
