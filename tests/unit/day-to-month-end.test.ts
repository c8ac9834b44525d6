import {describe, expect, it} from "vitest";
import {dayToMonthEnd} from "../../loaders/general/read-day-to-month-end.js";
import {observations} from "./read-paragraph.js";

const spans = (text: string, reporting = "2023", date = "2023-05-03") =>
  observations(text, reporting, date).map((o) => `${o.value} ${o.period.start}..${o.period.end}`);

describe("a span from a day to the end of a later month", () => {
  it.each([
    [
      "The government repatriated 2,030 people between January 1 and the end of March this year.",
      "2030 2023-01-01..2023-03-31"
    ],
    ["Police arrested 45 migrants from 1 February to the end of June 2022.", "45 2022-02-01..2022-06-30"],
    ["Some 300 asylum seekers arrived between 15 March and the end of April.", "300 2023-03-15..2023-04-30"],
    [
      "Between 1 January and the end of February, 1,150 migrants were intercepted at sea.",
      "1150 2023-01-01..2023-02-28"
    ],
    [
      "The coast guard rescued 812 people from January 10 until the end of April this year.",
      "812 2023-01-10..2023-04-30"
    ],
    ["From the 1st of March through the end of April, 64 victims were identified.", "64 2023-03-01..2023-04-30"],
    [
      "Between February 1 and the end of November last year, 2,900 Haitians were deported.",
      "2900 2022-02-01..2022-11-30"
    ],
    [
      "The ministry issued 4,410 work permits between 1 April and the end of September 2021.",
      "4410 2021-04-01..2021-09-30"
    ],
    ["From January 1 to the end of March, 230 smugglers were arrested.", "230 2023-01-01..2023-03-31"],
    ["Between 5 Jan and the end of Feb 2020, 77 migrants were intercepted.", "77 2020-01-05..2020-02-29"],
    [
      "A total of 5,100 returnees were received between 1 July and the end of December of the previous year.",
      "5100 2022-07-01..2022-12-31"
    ]
  ])("%s", (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it("names a span ending in a month yet to come in the year before", () => {
    expect(spans("Between 1 September and the end of November, 90 migrants were returned.")).toContain(
      "90 2022-09-01..2022-11-30"
    );
  });

  it.each([
    "Between January and March, 40 migrants were returned.",
    "At the end of March, 40 migrants were held.",
    "From 1 May to the end of March, 12 migrants were returned.",
    "Between 31 February and the end of March, 12 migrants were returned."
  ])("reads no such span in %s", (text) => {
    expect(dayToMonthEnd(text, "2023-05-03")).toEqual([]);
  });
});
