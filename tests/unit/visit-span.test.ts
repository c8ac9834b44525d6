import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {visitSpan} from "../../loaders/periods/visit-span.js";

/** "value@period" of the counts of a country-visit report's text, read as a UN report on 2013 dated April 2014. */
function rows(text: string, kind = "periodic_report"): string[] {
  return extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2013"),
    documentDate: "2014-04-23",
    kind,
    claimed: []
  }).observations.map((o) => `${o.value}@${o.period.label}`);
}

const VISIT = "The Special Rapporteur conducted an official visit to Qatar from 3 to 10 November 2013.";

describe("the days of a country visit a report names", () => {
  it.each([
    ["conducted an official visit to Qatar from 3 to 10 November 2013", "2013-11-03..2013-11-10"],
    ["visited the country from 12 to 21 December 2006", "2006-12-12..2006-12-21"],
    ["an official visit to South Africa from 24 January to 1 February 2011", "2011-01-24..2011-02-01"],
    ["carried out a visit to Albania from 5 to 13 December 2011, at the invitation", "2011-12-05..2011-12-13"],
    ["undertook a mission to Greece from 25 November to 3 December 2012", "2012-11-25..2012-12-03"],
    ["visited Italy between 29 September and 8 October 2014", "2014-09-29..2014-10-08"],
    ["the Working Group visited the country from 1st to 9th March 2015", "2015-03-01..2015-03-09"],
    ["the visit (2-9 February 2005) focused on", "2005-02-02..2005-02-09"],
    ["made an official visit to Japan from 23 to 31 March, 2010", "2010-03-23..2010-03-31"],
    ["visits to Durrës and Tirana from 5 to 13 December 2011", "2011-12-05..2011-12-13"]
  ])("%s", (text, label) => expect(visitSpan(text)?.label).toBe(label));

  it.each([
    "The Special Rapporteur visited Qatar in November 2013.",
    "The minister will visit the camp on 3 May 2013.",
    "From 3 to 10 November 2013, 300 migrants arrived.",
    "The visit took place from 31 to 10 November 2013."
  ])("names no span in %s", (text) => expect(visitSpan(text)).toBeNull());
});

describe("a figure dated to the visit, or a stock with no date, in a country-visit report is of the visit's days", () => {
  it.each([
    "During the visit, there were approximately 300 women detained at the deportation centre.",
    "During the Special Rapporteur’s visit, there were approximately 300 women detained at the deportation centre.",
    "At the time of the visit, 300 migrants were held in the centre.",
    "During his visit, 300 migrants were detained at the centre.",
    "During her visit, the centre held 300 detainees.",
    "On the day of the visit, 300 migrants were in detention.",
    "During the Working Group’s visit, 300 women were detained at the centre.",
    "At the time of the Special Rapporteur’s visit, 300 migrants were held in the centre.",
    "During the mission, 300 migrants were detained at the deportation centre.",
    "During the official visit, there were 300 detainees in the centre.",
    "There are 300 migrant workers in the country."
  ])("%s", (text) => expect(rows(`${VISIT} ${text}`)).toContain("300@2013-11-03..2013-11-10"));

  it("leaves a figure the sentence dates itself", () =>
    expect(rows(`${VISIT} In 2012, 300 migrants were deported.`)).toEqual(["300@2012"]));

  it("names no visit outside a UN report", () =>
    expect(rows(`${VISIT} During the visit, 300 migrants were detained at the centre.`, "press_item")).not.toContain(
      "300@2013-11-03..2013-11-10"
    ));
});
