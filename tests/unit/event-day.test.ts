import {describe, expect, it} from "vitest";
import {eventDays} from "../../loaders/general/resolve-event-day.js";
import {stockDates} from "../../loaders/general/resolve-stock-date.js";
import {observations} from "./read-paragraph.js";

const days = (text: string, date: string) => eventDays(text, date).map((p) => p.period.label);

describe("a day an event is dated to, the month written first", () => {
  it.each([
    ["And on August 22, 202 Indonesians returned to Indonesia.", "2022-08-23", "2022-08-22"],
    ["the deaths of 23 migrants on June 24 last year", "2023-07", "2022-06-24"],
    ["the deaths of 23 migrants on June 24 of last year", "2023-07", "2022-06-24"],
    ["12 were returned on March 3 of this year", "2023-07", "2023-03-03"],
    ["Police arrested 14 smugglers on March 5.", "2019-06", "2019-03-05"],
    ["On Oct. 2, the coast guard rescued 61 migrants.", "2021-10-10", "2021-10-02"],
    ["On December 28, 40 victims were freed.", "2020-01-15", "2019-12-28"],
    ["on July 4, 2018, 300 people crossed the border", "2019-02", "2018-07-04"],
    ["On Sept. 30th, 75 asylum seekers were transferred.", "2017-10-02", "2017-09-30"],
    ["On February 29, 2020, 12 people were deported.", "2020-03", "2020-02-29"],
    ["on January 3 this year, 88 migrants arrived", "2016-05", "2016-01-03"],
    ["On April 1, 1,200 permits were issued.", "2022-04-30", "2022-04-01"]
  ])("%j", (text, date, day) => {
    expect(days(text, date)).toEqual([day]);
  });

  it.each([
    ["no day", "On August, 202 returned."],
    ["a day that does not exist", "On February 30, 12 people were deported."],
    ["no on", "As the figures of August 22 show, 202 returned."]
  ])("reads no day with %s", (_, text) => {
    expect(days(text, "2022-09-01")).toEqual([]);
  });

  it.each([
    ["On Monday, August 3rd 2020, the police arrested 37 Haitian nationals.", "2020-08-03"],
    ["Another operation on Friday, August 7, 2020, resulted in the arrest of 11 more Haitians.", "2020-08-07"],
    ["On Saturday, March 16, 2024, officers intercepted 57 individuals.", "2024-03-16"],
    ["on Tuesday, Jan. 5, 2021, 40 migrants were returned", "2021-01-05"],
    ["On Sunday, April 25, 2021, Chile expelled 55 Venezuelans.", "2021-04-25"],
    ["On Wednesday, June 2, 2025, 778 Nigeriens were returned.", "2025-06-02"]
  ])("reads the weekday and the year written with a day in %j", (text, day) => {
    const row = observations(text, "2000-01..2030-12", "2030-12-31").find((o) => o.value > 10 && o.value < 1000);
    expect(row?.period.label).toBe(day);
  });

  it("lets a day on which nothing was counted date no sentence after it", () => {
    const text =
      "On July 6, 2018, the Fund for Support to the Diaspora was established. The site lists 565 diaspora organizations.";
    expect(observations(text, "2013-2018", "2019-06").find((o) => o.value === 565)?.period.label).not.toBe(
      "2018-07-06"
    );
  });

  it("is no stock day", () => {
    expect(stockDates("arrested on March 5, and charged", "2019-06")).toEqual([]);
    expect(eventDays("arrested on March 5, and charged", "2019-06")[0].period.stock).toBe(false);
  });
});

describe("a day an event is dated to, day first after its weekday", () => {
  it.each([
    ["set off by boat from Aden, Yemen, on Monday 30 September", "2019-10-04", "2019-09-30"],
    ["On Tuesday, 3rd of March 2020, police arrested 37.", "2020-06", "2020-03-03"],
    ["on Friday 6 December 150 migrants were intercepted", "2019-12-09", "2019-12-06"],
    ["On Sunday 12 May, 40 asylum seekers arrived.", "2019-05-20", "2019-05-12"],
    ["the flight landed on Thursday, 14 November 2019", "2019-12", "2019-11-14"],
    ["On Wednesday the 2nd of October, 88 people crossed.", "2019-10-10", "2019-10-02"],
    ["on Saturday 28 December 61 were rescued", "2020-01-03", "2019-12-28"],
    ["On Monday 1 July, 12 workers were deported.", "2019-07-05", "2019-07-01"],
    ["on Thursday 29 February 2024, 9 arrived", "2024-03", "2024-02-29"],
    ["On Friday, 4 Jan., the coast guard rescued 61 migrants.", "2019-01-10", "2019-01-04"]
  ])("%j", (text, date, day) => {
    expect(days(text, date)).toEqual([day]);
  });

  it("reads no weekday's day that does not exist, and leaves a day first with no weekday to the day readers", () => {
    expect(days("On Monday 31 September, 40 arrived.", "2019-10-04")).toEqual([]);
    expect(days("On 30 September, 40 arrived.", "2019-10-04")).toEqual([]);
  });
});

describe("a day an event is dated to by its weekday and the day and month in figures", () => {
  it.each([
    ["assisted 144 Gambian migrants to return home on Monday (22/01), of which", "2018-01", "2018-01-22"],
    ["On Thursday (25/01) IOM moved 592 returnees", "2018-01", "2018-01-25"],
    ["On Friday (6/12), a second fishing boat carrying 150 migrants was intercepted", "2019-12-09", "2019-12-06"],
    ["on Tuesday (12/03) 40 migrants were rescued", "2019-03", "2019-03-12"],
    ["On Wednesday (3/7), 61 people crossed", "2019-07-10", "2019-07-03"],
    ["on Saturday (15.06) the coast guard rescued 75", "2019-06", "2019-06-15"],
    ["On Sunday (1/9/2019), 88 people arrived", "2019-10", "2019-09-01"],
    ["on Monday (06/01/20) a flight landed with 160 returnees", "2020-01", "2020-01-06"],
    ["On Friday ( 31/05 ), 12 people were deported.", "2019-06", "2019-05-31"],
    ["On Tuesday (5/14) the office returned 33 people", "2019-05", "2019-05-14"]
  ])("%j", (text, date, day) => {
    expect(days(text, date)).toEqual([day]);
  });

  it("reads no day whose figures fall on another weekday, or none at all", () => {
    expect(days("On Monday (23/01), 144 migrants returned.", "2018-01")).toEqual([]);
    expect(days("On Monday (45/13), 144 migrants returned.", "2018-01")).toEqual([]);
  });
});
