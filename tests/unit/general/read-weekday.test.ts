import {describe, expect, it} from "vitest";
import {weekdayDates} from "../../../loaders/general/read-weekday.js";
import {extractDocument} from "../../../loaders/extract-document.js";
import {meta} from "../../helpers.js";

const days = (text: string, date?: string) => weekdayDates(text, date).map((w) => w.day);

describe("weekdayDates", () => {
  it("names the latest such weekday on or before the item's day", () => {
    // 2021-03-12 is a Friday.
    expect(days("until this Tuesday, 512 people had crossed", "2021-03-12")).toEqual(["2021-03-09"]);
    expect(days("as of Friday, 80 were held", "2021-03-12")).toEqual(["2021-03-12"]);
    expect(days("as at Saturday, 80 were held", "2021-03-12")).toEqual(["2021-03-06"]);
    expect(days("up to 8 a.m. Thursday, 1,020 arrived", "2021-03-12")).toEqual(["2021-03-11"]);
    expect(days("Until midnight on Sunday, 77 landed", "2021-03-12")).toEqual(["2021-03-07"]);
  });

  it("takes 'last' for the week before when the item falls on that weekday", () => {
    // 2020-06-01 is a Monday.
    expect(days("as of last Monday, 3,118 were in shelters", "2020-06-01")).toEqual(["2020-05-25"]);
    expect(days("as of last Friday, 3,118 were in shelters", "2020-06-01")).toEqual(["2020-05-29"]);
  });

  it("names no day without a lead, or in an item not dated to the day", () => {
    expect(days("On Tuesday, 512 people crossed", "2021-03-12")).toEqual([]);
    expect(days("the Tuesday meeting approved 45 permits", "2021-03-12")).toEqual([]);
    expect(days("until this Tuesday, 512 people had crossed", "2021-03")).toEqual([]);
    expect(days("until this Tuesday, 512 people had crossed", undefined)).toEqual([]);
  });
});

describe("counts dated by a weekday", () => {
  const read = (text: string, date: string) =>
    extractDocument(`${text}\n`, meta({date, kind: "press_item", state: "CRI"}), {tables: [], sentences: []})
      .observations;
  const span = (text: string, date: string, value: number) => {
    const row = read(text, date).find((o) => o.value === value);
    return row ? [row.period_start, row.period_end] : null;
  };

  it("runs a count up to the weekday from the first of the year", () => {
    // 2022-11-16 is a Wednesday.
    const cases: [string, number, string][] = [
      [
        "Until seven in the evening this Monday, 212,430 migrants had entered the country so far this year.",
        212430,
        "2022-11-14"
      ],
      ["Up to this Tuesday, 88,105 migrants had crossed the border irregularly so far this year.", 88105, "2022-11-15"],
      ["Until 6 a.m. on Sunday, 41,770 migrants had entered the country so far this year.", 41770, "2022-11-13"],
      ["Until last Wednesday, 9,316 migrants had crossed the border irregularly so far this year.", 9316, "2022-11-09"],
      ["Until noon on Saturday, 150,223 migrants had entered the country so far this year.", 150223, "2022-11-12"],
      [
        "Up to last Thursday, 64,008 migrants had crossed the border irregularly so far this year.",
        64008,
        "2022-11-10"
      ],
      ["Until Friday, 5,507 migrants had entered the country so far this year.", 5507, "2022-11-11"]
    ];
    for (const [text, value, end] of cases) expect(span(text, "2022-11-16", value), text).toEqual(["2022-01-01", end]);
  });

  it("narrows a plain 'this year' after the weekday to the days up to it", () => {
    expect(
      span("Until last Wednesday, 9,316 migrants had crossed the border irregularly this year.", "2022-11-16", 9316)
    ).toEqual(["2022-01-01", "2022-11-09"]);
    expect(
      span("Up to Monday, 27,450 migrants had entered the country irregularly this year.", "2022-11-16", 27450)
    ).toEqual(["2022-01-01", "2022-11-14"]);
    expect(
      span("Up to May 8, 3,872 migrants had crossed the border irregularly this year.", "2022-11-16", 3872)
    ).toEqual(["2022-01-01", "2022-05-08"]);
  });

  it("stands a stock on the weekday", () => {
    // 2024-01-09 is a Tuesday.
    expect(span("As of Sunday, there were 2,631 migrants held in detention centres.", "2024-01-09", 2631)).toEqual([
      "2024-01-07",
      "2024-01-07"
    ]);
    expect(
      span("As of last Tuesday, there were 4,902 migrants held in detention centres.", "2024-01-09", 4902)
    ).toEqual(["2024-01-02", "2024-01-02"]);
  });

  it("dates an event on a weekday to that day, and a weekday something was said on to nothing", () => {
    const rescued = read("On Monday, 36 migrants were rescued at sea.", "2022-11-16").find((o) => o.value === 36);
    expect([rescued?.period_start, rescued?.period_end]).toEqual(["2022-11-14", "2022-11-14"]);
    const said = read("The ministry said on Monday that 36 migrants were rescued at sea.", "2022-11-16").find(
      (o) => o.value === 36
    );
    expect(said?.period_end).not.toBe("2022-11-14");
  });
});
