import {describe, expect, it} from "vitest";
import {alignRunning, dayRanges, documentWeek, pastWeek, reportedUntil} from "../../loaders/general/read-day-spans.js";
import {observations} from "./read-paragraph.js";
import {periodFromBounds} from "../../loaders/periods/parse-period.js";
import type {FoundPeriod} from "../../loaders/periods/parse-period.js";

const spans = (text: string, date = "2022-06-20") =>
  dayRanges(text, date).map((p) => `${p.period.start}..${p.period.end}`);

/** "value@start..end" of a one-paragraph release dated `date`. */
const read = (text: string, date: string) =>
  observations(text, date.slice(0, 4), date).map((o) => `${o.value}@${o.period.start}..${o.period.end}`);

describe("a span of days within one month", () => {
  it.each([
    ["Weekly update (6-12 June 2022)", "2022-06-06..2022-06-12"],
    ["In the period of 3 – 9 Apr 2022, 210 migrants were returned.", "2022-04-03..2022-04-09"],
    ["Officers carried out raids from May 2 to 5.", "2022-05-02..2022-05-05"],
    ["Some 4,000 people arrived between 1-15 May.", "2022-05-01..2022-05-15"],
    ["Some 4,000 people arrived between 16 and 31 May 2022.", "2022-05-16..2022-05-31"],
    ["Arrivals rose during the first half of June 2022.", "2022-06-01..2022-06-15"],
    ["Arrivals rose during the second half of May.", "2022-05-16..2022-05-31"],
    ["Data covers June 1-7, 2022.", "2022-06-01..2022-06-07"],
    ["Figures for 20th to 26th of February are given below.", "2022-02-20..2022-02-26"],
    ["The campaign ran from 8 to 14 Jan 2021.", "2021-01-08..2021-01-14"],
    ["The operation took place from October 10 to 14.", "2021-10-10..2021-10-14"]
  ])("%s", (text, span) => expect(spans(text)).toEqual([span]));

  it.each([
    "The workers were aged 19 to 40.",
    "Between 2 and 5 officers were injured.",
    "Arrests rose from 12 to 16 in May.",
    "A total of 1,250 to 3,000 people may arrive.",
    "The ratio fell from March 13 to 16 per cent.",
    "Section 12-18 of the Act applies.",
    "The camp received 15 May arrivals.",
    "From 30 to 31 February nothing happened."
  ])("no span in %s", (text) => expect(spans(text)).toEqual([]));
});

describe("the week a weekly release reports", () => {
  it("is the last span of about seven days it states", () => {
    const text = "Situation report (12-18 March 2021). Last month (1-28 February 2021) was calmer.";
    expect(documentWeek(text, "2021-03-25")?.end).toBe("2021-03-18");
  });
  it("is none when no span is a week long", () => {
    expect(documentWeek("Arrivals between 1-15 May.", "2022-06-01")).toBeNull();
  });
  it.each([
    "Over the past week 410 people returned.",
    "During the last week, 410 people returned.",
    "In the previous week 410 people returned.",
    "This week 410 people returned."
  ])("'%s' is that week", (text) => {
    const week = periodFromBounds("2021-03-12", "2021-03-18");
    expect(pastWeek(text, week).map((p) => p.period.end)).toEqual(["2021-03-18"]);
  });
  it.each(["Over the past weeks 410 people returned.", "Over the past year 410 people returned."])(
    "'%s' is not",
    (text) => expect(pastWeek(text, periodFromBounds("2021-03-12", "2021-03-18"))).toEqual([])
  );
  it("is nothing when the release states no week", () => {
    expect(pastWeek("Over the past week 410 people returned.", null)).toEqual([]);
  });
});

describe("the day running totals reach", () => {
  it.each([
    ["Between 5 – 11 Feb 2023, 400 migrants were intercepted.", "2023-02-13", "2023-02-11"],
    ["A total of 1,167 visits were made from June 29 to July 12.", "2025-07-16", "2025-07-12"],
    ["Over 28,000 refugees arrived during the first half of May 2017.", "2017-05-27", "2017-05-15"]
  ])("%s", (text, date, end) => expect(reportedUntil(text, date)).toBe(end));
  it.each([
    ["Arrivals between 1-15 January 2017 were counted.", "2017-05-27"],
    ["Arrivals between 1-15 May 2017 were counted.", "2017-05"],
    ["Arrivals were counted in May 2017.", "2017-05-27"]
  ])("none for %s dated %s", (text, date) => expect(reportedUntil(text, date)).toBeNull());

  const found = (pattern: string, start: string, end: string): FoundPeriod => ({
    period: periodFromBounds(start, end),
    start: 0,
    end: 5,
    pattern
  });
  it("moves 'so far this year' and the release's year to that day", () => {
    const out = alignRunning(
      [
        found("year_to_date", "2023-01-01", "2023-02-13"),
        found("year", "2023-01-01", "2023-12-31"),
        found("year", "2022-01-01", "2022-12-31"),
        found("month", "2023-01-01", "2023-01-31")
      ],
      "2023-02-11",
      "2023-02-13"
    );
    expect(out.map((p) => p.period.end)).toEqual(["2023-02-11", "2023-02-11", "2022-12-31", "2023-01-31"]);
  });
  it("leaves everything when the release reports no span", () => {
    const p = [found("year_to_date", "2023-01-01", "2023-02-13")];
    expect(alignRunning(p, null, "2023-02-13")).toEqual(p);
  });
});

describe("weekly releases end to end", () => {
  it("counts the past week and the year so far to the reported week's end", () => {
    const rows = read(
      "Weekly update (4-10 April 2022). Over the past week 5,120 migrants returned from Turkey. So far this year, a total of 61,300 migrants returned from Turkey.",
      "2022-04-15"
    );
    expect(rows).toContain("5120@2022-04-04..2022-04-10");
    expect(rows).toContain("61300@2022-01-01..2022-04-10");
  });
  it("reads a one-month span of days with its year", () => {
    expect(read("In the period of 3 – 9 Apr 2022, 210 migrants were intercepted and returned.", "2022-04-12")).toEqual([
      "210@2022-04-03..2022-04-09"
    ]);
  });
});

describe("a running total since the first of a month", () => {
  it.each([
    ["Since 01 January 2021, 5,000 migrants were deported.", "5000@2021-01-01..2021-03-25"],
    ["Since 1st of February 2021, 4,200 migrants were deported.", "4200@2021-02-01..2021-03-25"],
    ["Since 1 January 2021, 3,100 migrants were returned.", "3100@2021-01-01..2021-03-25"]
  ])("%s", (text, row) => expect(read(text, "2021-03-25")).toContain(row));
});
