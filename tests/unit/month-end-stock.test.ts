import {describe, expect, it} from "vitest";
import {stockDates} from "../../loaders/general/resolve-stock-date.js";

const days = (text: string, date: string) => stockDates(text, date).map((p) => p.period.label);

describe("a count at the end of a month", () => {
  it.each([
    ["Another 827 applications were waiting for settlement as from end-June.", "2017-07-24", "2017-06-30"],
    ["At end-March 2021, 4,120 asylum seekers were in reception centres.", "2021-05-02", "2021-03-31"],
    ["By the end of September, 310 cases were pending.", "2019-10-15", "2019-09-30"],
    ["As of end-December, 12,400 refugees held permits.", "2023-01-20", "2022-12-31"],
    ["As at the end of February, 95 victims were in shelters.", "2016-03-10", "2016-02-29"],
    ["At the end of May 2018, 2,300 people were detained.", "2018-07-01", "2018-05-31"],
    ["As from end-Sept., 640 applications awaited a decision.", "2020-10-08", "2020-09-30"],
    ["By end-April, 18 traffickers were in custody.", "2022-05-11", "2022-04-30"],
    ["As of end-November 2014, 7,000 migrants stayed in the camps.", "2015-02-01", "2014-11-30"],
    ["At end-January, 1,050 asylum seekers were waiting.", "2024-02-14", "2024-01-31"]
  ])("%j", (text, date, day) => {
    expect(days(text, date)).toContain(day);
  });

  it.each([
    ["an end that is no date", "By the end of the process, 40 people were granted asylum."],
    ["the end of a year, read elsewhere", "At the end of 2020, 40 people were detained."],
    ["a month with no end", "In June, 40 people were detained."]
  ])("reads no month's end from %s", (_, text) => {
    expect(days(text, "2021-03-01").some((d) => /-(?:30|31|28|29)$/.test(d) && !d.startsWith("2020-12"))).toBe(false);
  });
});

describe("a day named with a year relative to the item's", () => {
  it.each([
    ["the deaths of 23 migrants on 24 June last year", "2023-07-10", "2022-06-24"],
    ["40 migrants were rescued on 3 March last year", "2021-05-01", "2020-03-03"],
    ["as of 1 January this year, 5,000 refugees were registered", "2019-06-01", "2019-01-01"],
    ["on 2 October last year, 61 people were detained", "2018-02-01", "2017-10-02"]
  ])("%j", (text, date, day) => {
    expect(days(text, date)).toContain(day);
  });
});

describe("a day written in figures after a stock's lead is the day the count stood on", () => {
  const days = (text: string) => stockDates(text, "2022-01-21").map((p) => p.period.label);
  it.each([
    ["The refugee population stood at 524,148 on 31.12.2021.", ["2021-12-31"]],
    ["It increased from 517,108 on 11/30/2021 to 524,148 on 12/31/2021.", ["2021-11-30", "2021-12-31"]],
    ["It increased from 517,108 on 30/11/2021 to 524,148 on 31/12/2021.", ["2021-11-30", "2021-12-31"]],
    ["As of 12/31/2021, there were 524,148 refugees in the country.", ["2021-12-31"]],
    ["As at 30.06.2021 the register held 4,100 persons.", ["2021-06-30"]],
    ["By 15/10/2021, 2,300 asylum seekers had been registered.", ["2021-10-15"]],
    ["Data of 01.09.2021 show 812 detainees.", ["2021-09-01"]],
    ["There were 640 persons in the centres at 31/03/2021.", ["2021-03-31"]],
    ["The number stood at 9,000 as of 5/1/2021.", ["2021-01-05"]],
    ["Up to 15/06/2021, 3,000 migrants had arrived.", ["2021-01-01..2021-06-15"]]
  ])("%s", (text, expected) => expect(days(text)).toEqual(expected));

  it.each([
    "Decree No. 12/05/2021 regulates the stay of foreigners.",
    "The ratio rose to 31.12 in 2021.",
    "On 13/13/2021 nothing happened."
  ])("names no day in %s", (text) => expect(days(text)).toEqual([]));
});
