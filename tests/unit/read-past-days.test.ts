import {describe, expect, it} from "vitest";
import {lastWeek, pastDays} from "../../loaders/general/read-past-days.js";
import {observations} from "./read-paragraph.js";

const spans = (text: string, asOf: string) => pastDays(text, asOf).map((p) => `${p.period.start}..${p.period.end}`);

describe("days and weeks counted back from an item's day", () => {
  it.each([
    [
      "Some 450 refugees have signed up for repatriation over the past 10 days.",
      "2011-07-29",
      "2011-07-19..2011-07-29"
    ],
    ["In the last two weeks, 300 migrants were rescued.", "2011-07-29", "2011-07-15..2011-07-29"],
    ["during the previous seven days 40 people crossed", "2020-03-10", "2020-03-03..2020-03-10"],
    ["within the past 30 days, 1,200 permits were issued", "2021-01-15", "2020-12-16..2021-01-15"],
    ["over the last three weeks 90 migrants arrived", "2019-05-21", "2019-04-30..2019-05-21"],
    ["in the past five days, 61 people were deported", "2022-01-03", "2021-12-29..2022-01-03"],
    ["for the past 14 days 500 were assisted", "2018-08-20", "2018-08-06..2018-08-20"],
    ["the past four weeks saw 77 arrivals", "2023-02-28", "2023-01-31..2023-02-28"],
    ["Throughout the last 12 days, 35 boats landed", "2016-06-12", "2016-05-31..2016-06-12"],
    ["over the preceding six weeks, 420 returned", "2017-10-01", "2017-08-20..2017-10-01"]
  ])("%j on %s runs %s", (text, asOf, span) => {
    expect(spans(text, asOf)).toEqual([span]);
  });

  it.each([
    ["over the past 10 days", "2011-07"],
    ["the past 10 days of March", "2011-07-29"],
    ["the last 48 hours", "2011-07-29"],
    ["10 days ago", "2011-07-29"],
    ["the past 10 days' figures", "2011-07-29"]
  ])("reads no span in %j on %s", (text, asOf) => {
    expect(spans(text, asOf)).toEqual([]);
  });

  it("dates a count in an item", () => {
    const rows = observations(
      "Some 450 refugees have signed up for repatriation over the past 10 days.",
      "2011-07",
      "2011-07-29"
    );
    expect(rows.map((o) => `${o.value}@${o.period.start}..${o.period.end}`)).toContain("450@2011-07-19..2011-07-29");
  });

  it.each([
    ["Last week, 51 refugees went home from southern Gabon.", "2011-07-29", "2011-07-18..2011-07-24"],
    ["Police arrested 20 migrants last week.", "2011-07-29", "2011-07-18..2011-07-24"],
    ["Last week 12 boats landed.", "2021-03-01", "2021-02-22..2021-02-28"],
    ["last week, 300 were returned", "2021-02-28", "2021-02-15..2021-02-21"],
    ["The ministry said last week that 40 victims were found.", "2019-01-02", "2018-12-24..2018-12-30"]
  ])("%j on %s names the calendar week before: %s", (text, asOf, span) => {
    expect(lastWeek(text, asOf).map((p) => `${p.period.start}..${p.period.end}`)).toEqual([span]);
  });

  it.each([
    ["in the last week of March", "2011-07-29"],
    ["over the last week", "2011-07-29"],
    ["last week's arrivals", "2011-07-29"],
    ["Last week, 51 refugees went home.", "2011-07"]
  ])("reads no calendar week in %j on %s", (text, asOf) => {
    expect(lastWeek(text, asOf)).toEqual([]);
  });

  it("reads refugees who went home as repatriated, in the week before", () => {
    const rows = observations("Last week, 51 refugees went home from southern Gabon.", "2011-07", "2011-07-29");
    expect(rows.map((o) => `${o.value} ${o.indicator} ${o.period.start}..${o.period.end}`)).toEqual([
      "51 repatriations 2011-07-18..2011-07-24"
    ]);
  });
});
