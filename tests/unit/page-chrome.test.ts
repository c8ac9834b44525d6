import {describe, expect, it} from "vitest";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {isDateline, withoutDateLabel} from "../../loaders/general/page-chrome.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The quotes of the rows read from a whole item dated 18 April 2020. */
function quotes(raw: string): string[] {
  const r = extractStatements(raw, [{number: "", start: 0, end: raw.length}], {
    reportingPeriod: parsePeriodLabel("2020"),
    documentDate: "2020-04-18",
    state: "Spain",
    claimed: []
  });
  return r.observations.map((o) => raw.slice(o.quote_start, o.quote_end));
}

describe("a dateline of the page", () => {
  it.each([
    "Tuesday, 23 August 2022 | 17:15",
    "Sabtu, 31 Desember 2016 23:37 WIB | 173 Views",
    "Monday, March 4, 2019 10:32 a.m. | 1,204 views",
    "12 May 2021",
    "date 2020-04-18",
    "Friday, 3 July 2020 09:15 GMT",
    "Sofia, January 21, 2019",
    "Wednesday, 1 April 2020 | 11:02 | 56 comments",
    "June 5, 2018 | 2,311 reads",
    "Thursday, 9 January 2020",
    "News | 12 March 2021 | 312 Views",
    "02/08/2019",
    "12.05.2021 14:30",
    "3/11/2022 | 1,020 views"
  ])("%j", (line) => {
    expect(isDateline(line)).toBe(true);
  });

  it.each([
    "On 5 March 2019 police detained migrants",
    "In 2019, 300 migrants arrived",
    "12 May 2021 was the day 300 migrants arrived",
    "Ministry coordinated repatriation of 43 Indonesian workers",
    "Police rescued 40 victims on 12 May 2021.",
    "02/08/2019 police detained 12 migrants",
    "Deported on 27/01/2020: 45 people"
  ])("is no dateline: %j", (line) => {
    expect(isDateline(line)).toBe(false);
  });

  it("drops the date label a saved page opens its headline with", () => {
    expect(withoutDateLabel("date 2020-04-18 CANARY ISLANDS HAS 74% OF IMMIGRANTS")).toBe(
      "CANARY ISLANDS HAS 74% OF IMMIGRANTS"
    );
  });
});

describe("the first sentence after page chrome stands on its own", () => {
  it.each([
    " date 2020-04-18 ISLANDS RECEIVE 74% OF ARRIVALS\n\nIn 2019, 5,000 migrants arrived by sea.",
    "Tuesday, 14 April 2020 | 17:15\nIn 2019, 5,000 migrants arrived by sea.",
    "Police report on arrivals\nSabtu, 11 April 2020 23:37 WIB | 173 Views\nIn 2019, 5,000 migrants arrived by sea."
  ])("%j", (raw) => {
    expect(quotes(raw)).toContain("In 2019, 5,000 migrants arrived by sea.");
  });
});
