import {describe, expect, it} from "vitest";
import {timeOfDay} from "../../loaders/general/time-of-day.js";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const counts = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("numbers of a dateline", () => {
  it.each([
    ["28 Dec 2013 at 20:46hrs | Views", []],
    ["Published : 05 Aug 2023, 00:18", []],
    ["Tuesday, 23 August 2022 | 17:15", []],
    ["Sabtu, 31 Desember 2016 23:37 WIB", []],
    ["27/01/2020 07:37:59", []],
    ["Updated 9:30 am, 14 Feb", []],
    ["Posted Nov 3, 2019 at 11:05 pm", []],
    ["Monday, 12 Janvier 2015 08:10 GMT", []],
    ["Sept 30 2021 - 18:00", []],
    ["Wednesday, 19 June 2019, 13:29", []]
  ])("%s has no count", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ["Of 15 Syrians 2016 was the year of arrival for 12.", [15, 12]],
    ["Some 28 Decisions were issued.", [28]],
    ["In total 31 Afghans 2019 and 45 Iraqis", [31, 45]],
    ["Police detained 20 migrants at 5 border posts.", [20, 5]],
    ["The figure of 2.78 percent", [2.78]]
  ])("%s keeps its counts", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("names the reason", () => {
    expect(timeOfDay("20", "at ", ":46hrs")).toBe("time of day");
    expect(timeOfDay("28", "", " Dec 2013")).toBe("date");
    expect(timeOfDay("312", "", " Dec 2013")).toBeNull();
    expect(timeOfDay("45", "", " Ukrainians 2019")).toBeNull();
  });
});

const kept = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);
const reasons = (text: string) => findQuantities(text).map((q) => q.excluded);

describe("times of day", () => {
  it("are no counts", () => {
    expect(kept("Published 27/01/2020 07:37:59")).toEqual([]);
    expect(kept("Updated at 14:05, 212 migrants were rescued")).toEqual([212]);
    expect(kept("at 9:30 the boat with 48 people landed")).toEqual([48]);
    expect(kept("posted 03.05.2021 18:42")).toEqual([]);
    expect(kept("Until 06:00 on Wednesday, 1,204 had crossed")).toEqual([1204]);
    expect(kept("between 22:00 and 23:30 some 35 persons were detained")).toEqual([35]);
    expect(reasons("at 11:45")).toEqual(["time of day", "time of day"]);
    expect(reasons("at 7:15:20")).toEqual(["time of day", "time of day", "time of day"]);
    expect(kept("Last updated 12:00, 640 applications")).toEqual([640]);
    expect(kept("The flight left at 16:20 with 97 returnees")).toEqual([97]);
  });

  it("leave counts and ratios with a colon alone", () => {
    expect(kept("Syria: 89 applications")).toEqual([89]);
    expect(kept("Deportations: 1,581")).toEqual([1581]);
    expect(kept("In 2020: 340 victims")).toEqual([340]);
  });
});
