import {describe, expect, it} from "vitest";
import {sinceDays} from "../../../loaders/general/read-since-day.js";
import {extractDocument} from "../../../loaders/extract-document.js";
import {meta} from "../../helpers.js";

const days = (text: string, date?: string) => sinceDays(text, date).map((d) => d.period.start);

describe("sinceDays", () => {
  it("reads the day after 'since', in the item's year when none is written", () => {
    expect(days("Since March 9, 4,120 people were stopped", "2021-11-20")).toEqual(["2021-03-09"]);
    expect(days("since 14 February, 330 were returned", "2021-11-20")).toEqual(["2021-02-14"]);
    expect(days("since the 2nd of August, 57 were held", "2021-11-20")).toEqual(["2021-08-02"]);
    expect(days("Since Sept. 21, 2019, 812 arrived", "2021-11-20")).toEqual(["2019-09-21"]);
    expect(days("since 5 May 2020, 812 arrived", "2021-11")).toEqual(["2020-05-05"]);
  });

  it("takes the year before for a day later than the item's date", () => {
    expect(days("Since December 28, 1,904 crossed", "2021-02-03")).toEqual(["2020-12-28"]);
    expect(days("since 15 October, 66 were detained", "2021-02-03")).toEqual(["2020-10-15"]);
  });

  it("reads no day from other wordings", () => {
    expect(days("Since 2016, 410 were returned", "2021-11-20")).toEqual([]);
    expect(days("since March, 410 were returned", "2021-11-20")).toEqual([]);
    expect(days("on March 9, 410 were returned", "2021-11-20")).toEqual([]);
    expect(days("Since March 9, 410 were returned", undefined)).toEqual([]);
    expect(days("since February 30, 410 were returned", "2021-11-20")).toEqual([]);
  });
});

describe("counts since a day", () => {
  const span = (text: string, date: string, value: number) => {
    const row = extractDocument(`${text}\n`, meta({date, kind: "press_item", state: "GRC"}), {
      tables: [],
      sentences: []
    }).observations.find((o) => o.value === value);
    return row ? [row.period_start, row.period_end] : null;
  };

  it("runs from the day to the item's date", () => {
    const cases: [string, string, number, string][] = [
      ["Since May 3, 12,870 irregular migrants have been apprehended.", "2022-09-14", 12870, "2022-05-03"],
      ["Since 20 April, police apprehended 3,411 irregular migrants.", "2022-09-14", 3411, "2022-04-20"],
      ["Since the 7th of July, 905 irregular migrants have been arrested.", "2022-09-14", 905, "2022-07-07"],
      ["Since November 11, 2,284 irregular migrants have been apprehended.", "2022-09-14", 2284, "2021-11-11"],
      ["Since Aug. 2, 2022, coast guards rescued 1,166 migrants.", "2022-09-14", 1166, "2022-08-02"],
      ["Since 9 January 2022, 38,010 irregular migrants have been apprehended.", "2022-09-14", 38010, "2022-01-09"],
      ["Since March 30, the authorities deported 714 foreigners.", "2022-09-14", 714, "2022-03-30"]
    ];
    for (const [text, date, value, start] of cases) expect(span(text, date, value), text).toEqual([start, date]);
  });

  it("leaves a count with a year and no 'since' on that year", () => {
    expect(span("In 2021, 6,120 irregular migrants were apprehended.", "2022-09-14", 6120)).toEqual([
      "2021-01-01",
      "2021-12-31"
    ]);
  });
});
