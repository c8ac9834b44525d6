import {describe, expect, it} from "vitest";
import {partBoundedSpans} from "../../loaders/general/read-part-bounded-span.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

const spans = (text: string) =>
  partBoundedSpans(text).map((p) => `${text.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`);

describe("a span bounded by the start or end of a year or month", () => {
  it.each([
    ["56,403 migrants were deported between the beginning of 2016 and the end of 2017.", "2016-01-01..2017-12-31"],
    ["From the start of 2019 to the end of June 2020, 4,120 asylum claims were lodged.", "2019-01-01..2020-06-30"],
    ["Since the beginning of March 2018 until the end of 2019, 870 victims were identified.", "2018-03-01..2019-12-31"],
    ["Police arrested 312 smugglers from 2014 to the end of May 2015.", "2014-01-01..2015-05-31"],
    [
      "Between the start of January 2021 and the end of April 2021, 95 returns were recorded.",
      "2021-01-01..2021-04-30"
    ],
    ["Some 2,300 permits were issued from the beginning of 2012 through 2013.", "2012-01-01..2013-12-31"],
    ["from the outset of 2017 until the close of 2018, the agency assisted 640 migrants", "2017-01-01..2018-12-31"],
    ["between the first day of 2020 and the last day of 2022, 12,804 were removed", "2020-01-01..2022-12-31"],
    ["A total of 77 cases from the beginning of the year 2016 to the end of the year 2016", "2016-01-01..2016-12-31"],
    ["from the beginning of September 2015 to the end of February 2016, 1,450 crossed", "2015-09-01..2016-02-29"],
    ["between 2011 and the end of 2013, 5,500 Haitians were repatriated", "2011-01-01..2013-12-31"]
  ])("%j spans %s", (text, period) => expect(spans(text)[0]?.split("=")[1]).toBe(period));

  it.each([
    // Vague bounds name no day.
    "Between mid-2018 and early 2019, 300 arrived.",
    "from late 2016 to early 2017, 90 were returned",
    // A plain range of years is read elsewhere.
    "between 2016 and 2017, 56,403 were deported",
    // A bound running backwards.
    "from the beginning of 2019 to the end of 2018",
    // No span: one bound only.
    "By the end of 2017, 4,000 were registered.",
    "Since the beginning of 2020, 15,910 migrants were registered."
  ])("%j is no such span", (text) => expect(spans(text)).toEqual([]));

  it("gives the sentence one period instead of two years", () => {
    const text = "About 6,450 were among 56,403 migrants deported between the beginning of 2016 and the end of 2017.";
    expect(frameSentence(text, "2018-05-15").periods.map((p) => p.period.label)).toEqual(["2016-2017"]);
  });
});
