import {describe, expect, it} from "vitest";
import {previousTimeframe, statedTimeframe} from "../../../loaders/general/previous-timeframe.js";
import {frameSentence} from "../../../loaders/general/resolve-period.js";
import {parseReportingPeriod} from "../../../loaders/periods/parse-period.js";

/** The bounds "the previous reporting period" takes in `second`, after `first` in a chapter filed under `reporting`. */
function previousAfter(first: string, second: string, reporting: string): string[] {
  const rep = parseReportingPeriod(reporting);
  const timeframe = statedTimeframe(frameSentence(first, undefined, rep).periods, rep);
  return previousTimeframe(frameSentence(second, undefined, rep).periods, rep, timeframe)
    .filter((p) => p.pattern === "preceding_period")
    .map((p) => `${p.period.start}..${p.period.end}`);
}

const LATER = "In the previous reporting period, officials convicted 19 traffickers.";

describe("previousTimeframe", () => {
  it("steps back from twelve stated months that are not the calendar year", () => {
    const cases: [string, string, string][] = [
      ["Police opened 71 investigations between October 2019 and September 2020.", "2020", "2018-10-01..2019-09-30"],
      ["From July 2015 to June 2016, prosecutors charged 44 suspects.", "2016", "2014-07-01..2015-06-30"],
      ["The unit identified 130 victims from April 2021 to March 2022.", "2021", "2020-04-01..2021-03-31"],
      ["Between March 2017 and February 2018, courts heard 12 cases.", "2017", "2016-03-01..2017-02-28"],
      ["Between November 2012 and October 2013 the ministry assisted 305 people.", "2013", "2011-11-01..2012-10-31"],
      ["Authorities screened 2,900 migrants from June 2018 to May 2019.", "2018", "2017-06-01..2018-05-31"]
    ];
    for (const [first, reporting, expected] of cases)
      expect(previousAfter(first, LATER, reporting)).toEqual([expected]);
    expect(
      previousAfter(
        "From August 2010 to July 2011, inspectors removed 57 children.",
        "The government reported 40 victims, compared with 33 during the prior reporting period.",
        "2011"
      )
    ).toEqual(["2009-08-01..2010-07-31"]);
  });

  it("keeps the calendar year before when no such months were stated, or they lie mostly outside the reporting year", () => {
    expect(previousAfter("In 2020, police opened 71 investigations.", LATER, "2020")).toEqual([
      "2019-01-01..2019-12-31"
    ]);
    expect(previousAfter("Police opened 71 investigations between March and May 2020.", LATER, "2020")).toEqual([
      "2019-01-01..2019-12-31"
    ]);
    expect(
      previousAfter("Police opened 71 investigations between October 2018 and September 2019.", LATER, "2020")
    ).toEqual(["2019-01-01..2019-12-31"]);
    expect(previousAfter("As of 1 October 2020, 71 cases were open.", LATER, "2020")).toEqual([
      "2019-01-01..2019-12-31"
    ]);
  });

  it("reads no timeframe for a report filed under other than a calendar year", () => {
    const rep = parseReportingPeriod("2019-07..2020-06");
    expect(statedTimeframe(frameSentence("between October 2019 and September 2020").periods, rep)).toBeNull();
  });
});
