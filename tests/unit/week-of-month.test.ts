import {describe, expect, it} from "vitest";
import {dayRanges, documentWeek, reportedUntil} from "../../loaders/general/read-day-spans.js";
import {observations} from "./read-paragraph.js";

const spans = (text: string, date = "2014-11-14") =>
  dayRanges(text, date).map((p) => `${p.period.start}..${p.period.end}`);

describe("a week of a month named by its ordinal", () => {
  it.each([
    ["arrived during the first week of November", "2014-11-01..2014-11-07"],
    ["in the second week of October", "2014-10-08..2014-10-14"],
    ["over the third week of September 2013", "2013-09-15..2013-09-21"],
    ["the fourth week of June 2012", "2012-06-22..2012-06-28"],
    ["In the last week of March 2019", "2019-03-25..2019-03-31"],
    ["during the final week of February 2020", "2020-02-23..2020-02-29"],
    ["the last week of February 2021", "2021-02-22..2021-02-28"],
    ["the First Week of January", "2014-01-01..2014-01-07"],
    ["in the last week of December", "2013-12-25..2013-12-31"],
    ["the second week of Nov. 2014", "2014-11-08..2014-11-14"]
  ])("%s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it("reads no week of a year, of a fifth ordinal or of no month", () => {
    expect(spans("the first week of 2014")).toEqual([]);
    expect(spans("the fifth week of November")).toEqual([]);
    expect(spans("the first week of the operation")).toEqual([]);
  });

  it("is no week the release reports and no end of its running totals", () => {
    const text = "More than 1,200 Eritreans arrived during the first week of November.";
    expect(documentWeek(text, "2014-11-14")).toBeNull();
    expect(reportedUntil(text, "2014-11-14")).toBeNull();
  });

  it("dates the counts of its sentence", () => {
    const rows = observations(
      "More than 1,200 Eritreans arrived in Ethiopia during the first week of November.",
      "2014",
      "2014-11-14"
    );
    expect(rows.map((o) => `${o.value}@${o.period.label}`)).toEqual(["1200@2014-11-01..2014-11-07"]);
  });
});
