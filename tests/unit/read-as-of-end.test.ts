import {describe, expect, it} from "vitest";
import {asOfEnds} from "../../loaders/general/read-as-of-end.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

const days = (text: string, date = "2019-02-27") =>
  asOfEnds(text, date).map((p) => `${text.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`);
const dayOf = (text: string, date = "2019-02-27") => days(text, date)[0]?.split("=")[1];

describe("a stock counted through a month stands on its last day", () => {
  it.each([
    [
      "Asylum seekers in the country through December 2016 amounted to close to four thousand people.",
      "2016-12-31..2016-12-31"
    ],
    ["Registered refugees stood at 12,480 through June 2020.", "2020-06-30..2020-06-30"],
    ["The caseload had reached 7,310 up to March 2018, the agency said.", "2018-03-31..2018-03-31"],
    ["Until the end of September 2021 the number of pending claims stood at 2,045.", "2021-09-30..2021-09-30"],
    ["The number of detainees amounted to 418 through Sept 2015.", "2015-09-30..2015-09-30"],
    ["Foreign residents numbered 55,200 until November 2017.", "2017-11-30..2017-11-30"],
    ["The backlog remained at 3,900 through October.", "2018-10-31..2018-10-31"],
    ["Stateless persons were estimated at 1,250 through January.", "2019-01-31..2019-01-31"],
    ["Holders of work permits stands at 9,870 until February 2024", "2024-02-29..2024-02-29"],
    ["The total reaches 1,004 through Nov. 2022.", "2022-11-30..2022-11-30"]
  ])("%j stands on %s", (text, period) => expect(dayOf(text)).toBe(period));

  it.each([
    // A flow counted through a month is no stock.
    "Through December 2016, 400 migrants were deported.",
    "Police identified 85 victims through March 2019.",
    // A range of months is read elsewhere.
    "The total amounted to 2,100 through January-March 2020.",
    // No month.
    "The number stood at 4,000 through the year."
  ])("%j names no such day", (text) => expect(days(text)).toEqual([]));
});

describe("the end of last month or last year", () => {
  it.each([
    ["At the end of last month, the number of domestic helpers amounted to 29,217.", "2019-02-27", "2019-01-31"],
    ["As of the end of last month, 3,402 refugees were registered.", "2021-08-05", "2021-07-31"],
    ["By the end of last month some 812 applications were pending.", "2020-01-10", "2019-12-31"],
    ["As at the end of last year there were 14,900 claimants.", "2023-03-02", "2022-12-31"],
    ["At the end of last year, 6,300 migrant workers held valid permits.", "2017", "2016-12-31"],
    ["the caseload at the end of last month was 1,117", "2016-05", "2016-04-30"]
  ])("%j stands on its last day", (text, date, day) => expect(dayOf(text, date)).toBe(`${day}..${day}`));

  it.each([
    // "by the end of last year" may close a running total.
    ["By the end of last year, 4,120 were registered.", "2019-02-27"],
    // A month before the item needs the item's month.
    ["At the end of last month, 29,217 were registered.", "2019"],
    // Not the last month.
    ["At the end of this month, 200 more will arrive.", "2019-02-27"]
  ])("%j names no such day", (text, date) => expect(days(text, date)).toEqual([]));

  it("replaces the month a sentence would otherwise run through", () => {
    const text = "At the end of last month, the number of domestic helpers amounted to 29,217.";
    expect(frameSentence(text, "2019-02-27").periods.map((p) => p.period.label)).toEqual(["2019-01-31"]);
  });
});
