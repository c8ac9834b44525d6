import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period" of one sentence in an item dated `date` reporting `reporting`. */
function periods(text: string, reporting: string, date: string): string[] {
  return observations(text, reporting, date).map((o) => `${o.value}@${o.period.start}..${o.period.end}`);
}

describe("'this year' in an item reporting the year so far is that part of the year", () => {
  it.each([
    ["This year there were 254 asylum applications.", "2017H1", "2017-07-24", "254@2017-01-01..2017-06-30"],
    ["This year, 254 asylum applications were lodged.", "2017H1", "2017-07-24", "254@2017-01-01..2017-06-30"],
    ["254 people applied for asylum this year.", "2017H1", "2017-07-24", "254@2017-01-01..2017-06-30"],
    ["In the current year, 254 asylum applications were lodged.", "2017H1", "2017-07-24", "254@2017-01-01..2017-06-30"],
    [
      "The police registered 40 asylum applications this year.",
      "2016-01/2016-05",
      "2016-07-08",
      "40@2016-01-01..2016-05-31"
    ],
    ["This year 40 persons were granted asylum.", "2016-01/2016-05", "2016-06-10", "40@2016-01-01..2016-05-31"],
    ["This year, 311 residence permits were granted.", "2019Q1", "2019-04-20", "311@2019-01-01..2019-03-31"],
    ["This year, 311 residence permits were granted.", "2019-01/2019-09", "2019-10-20", "311@2019-01-01..2019-09-30"],
    ["This year 12 applications were rejected.", "2020H1", "2020-08-01", "12@2020-01-01..2020-06-30"],
    [
      "This year the ministry received 75 asylum applications.",
      "2021-01/2021-04",
      "2021-05-15",
      "75@2021-01-01..2021-04-30"
    ],
    // An item dated by its year alone, reporting the first months of it.
    ["This year 40 persons were granted asylum.", "2016-01/2016-05", "2016", "40@2016-01-01..2016-05-31"],
    ["The figure dropped to 870 deportations this year.", "2019-01/2019-05", "2019", "870@2019-01-01..2019-05-31"]
  ])("%j (%s, %s)", (text, reporting, date, row) => {
    expect(periods(text, reporting, date)).toContain(row);
  });

  it("keeps the whole year when the report covers the whole year or another year", () => {
    expect(periods("This year there were 254 asylum applications.", "2017", "2017-07-24")).toContain(
      "254@2017-01-01..2017-12-31"
    );
    // A reporting period of the year before the item's own is no part of "this year".
    expect(periods("This year there were 254 asylum applications.", "2016H2", "2017-03-01")).toContain(
      "254@2017-01-01..2017-12-31"
    );
    // A part that does not start in January is no year so far.
    expect(periods("This year there were 254 asylum applications.", "2017Q2", "2017-07-24")).toContain(
      "254@2017-01-01..2017-12-31"
    );
    // "last year" is the year before, whatever the report covers.
    expect(periods("Last year there were 254 asylum applications.", "2017H1", "2017-07-24")).toContain(
      "254@2016-01-01..2016-12-31"
    );
  });
});
