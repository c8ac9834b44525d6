import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel, parseReportingPeriod} from "../../loaders/periods/parse-period.js";
import {releaseYear} from "../../loaders/periods/release-year.js";

/** "value@period" of every row of one paragraph, read in a document of `kind` whose sidecar reports on `reporting`. */
function read(text: string, reporting: string, kind: string): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parseReportingPeriod(reporting),
    documentDate: "2020-04-26",
    kind,
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

// A release, a news item or an annual chapter whose sidecar spans the two years it compares states its undated figures
// for the later one.
describe("the later of two calendar years a release compares", () => {
  it.each([
    ["The authority also rescued 1,821 victims.", "2018-01-01..2019-12-31", "press_item", ["1821@2019"]],
    ["The police arrested 555 suspected traffickers.", "2018-2019", "press_item", ["555@2019"]],
    [
      "The agency started 288 criminal investigations on human trafficking cases.",
      "2018-2019",
      "press_item",
      ["288@2019"]
    ],
    ["A total of 7,990 persons were granted Finnish citizenship.", "2011-2012", "agency_release", ["7990@2012"]],
    ["The ministry issued 4,120 work permits to foreign nationals.", "2021-2022", "agency_release", ["4120@2022"]],
    ["Some 6,136 foreign nationals were deported.", "2007-01-01..2008-12-31", "agency_release", ["6136@2008"]],
    ["The courts convicted 47 traffickers.", "2016-2017", "press_item", ["47@2017"]],
    ["Authorities repatriated 312 migrants by air.", "2014-2015", "press_item", ["312@2015"]],
    ["The office registered 1,402 asylum applications.", "2020-2021", "agency_release", ["1402@2021"]],
    ["Police identified 96 victims of trafficking.", "2012-2013", "press_item", ["96@2013"]],
    ["The government identified 57 victims.", "2018-2019", "annual_trafficking_chapter", ["57@2019"]],
    ["The number of immigrants was 42,300.", "2009-05-01..2011-04-30", "press_item", ["42300@2010-05-01..2011-04-30"]]
  ])("%s (%s, %s)", (text, reporting, kind, expected) => {
    expect(read(text, reporting, kind)).toEqual(expected);
  });

  // A figure's own year, the kinds that report on their whole span, and spans of other lengths stay as they were.
  it.each([
    ["The authority rescued 1,821 victims in 2018.", "2018-2019", "press_item", ["1821@2018"]],
    ["The government identified 57 victims.", "2018-2019", "periodic_report", ["57@2018-2019"]],
    ["The ministry issued 4,120 work permits.", "2020-2022", "agency_release", ["4120@2020-2022"]],
    ["The ministry issued 4,120 work permits.", "2018-07..2019-06", "agency_release", ["4120@2018-07-01..2019-06-30"]],
    ["The ministry issued 4,120 work permits.", "2017-07..2018-07", "agency_release", ["4120@2017-07-01..2018-07-31"]]
  ])("%s (%s, %s) keeps its period", (text, reporting, kind, expected) => {
    expect(read(text, reporting, kind)).toEqual(expected);
  });
});

describe("releaseYear", () => {
  it("gives the second of two years to releases, news items and annual chapters only", () => {
    expect(releaseYear(parsePeriodLabel("2018-2019"), "press_item")?.label).toBe("2019");
    expect(releaseYear(parsePeriodLabel("2018-2019"), "agency_release")?.label).toBe("2019");
    expect(releaseYear(parsePeriodLabel("2018-2019"), "annual_trafficking_chapter")?.label).toBe("2019");
    expect(releaseYear(parsePeriodLabel("2018-2019"), "periodic_report")?.label).toBe("2018-2019");
    expect(releaseYear(parsePeriodLabel("2018-2019"), undefined)?.label).toBe("2018-2019");
    expect(releaseYear(parsePeriodLabel("2019"), "press_item")?.label).toBe("2019");
    expect(releaseYear(null, "press_item")).toBeNull();
  });
});
