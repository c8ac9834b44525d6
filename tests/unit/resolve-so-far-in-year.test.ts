import {describe, expect, it} from "vitest";
import {soFarInYear} from "../../loaders/general/resolve-so-far-in-year.js";

const spans = (text: string, date = "2023-05") =>
  soFarInYear(text, date).map((p) => `${text.slice(p.start, p.end)}=${p.period.start}..${p.period.end}`);

describe("a year named as running so far", () => {
  it.each([
    ["By the end of April, 649 applications were received so far in 2023", "2023-01-01..2023-04-30"],
    ["By the end of June, some 1,204 migrants had arrived so far in 2021", "2021-01-01..2021-06-30"],
    ["As of 15 March, 88 victims were identified so far in 2022", "2022-01-01..2022-03-15"],
    ["By September 20, 3,410 people were returned so far in 2019", "2019-01-01..2019-09-20"],
    ["At the end of February, 212 permits were issued so far in 2024", "2024-01-01..2024-02-29"]
  ])("%j runs %s", (text, period) => expect(spans(text, "2030")[0]?.split("=")[1]).toBe(period));

  it("runs to the document's day when the sentence names none", () => {
    expect(spans("Some 5,143 applied so far in 2024", "2024-06-01")).toEqual(["so far in 2024=2024-01-01..2024-06-01"]);
  });

  it.each([
    ["higher than the 604 received at this time last year", "2022-01-01..2022-04-30"],
    ["against 512 at the same time last year", "2022-01-01..2022-04-30"],
    ["up from 390 this time a year ago", "2022-01-01..2022-04-30"]
  ])("compares with the span a year before: %j", (tail, period) =>
    expect(spans(`By the end of April, 649 were received so far in 2023, ${tail}`)[1]?.split("=")[1]).toBe(period)
  );

  it.each([
    "649 were received so far in 2023",
    "649 were received so far this year",
    "By the end of April, 649 were received in 2023",
    "the best year so far, in 2023"
  ])("%j gives no span without a day it reached", (text) => expect(spans(text, "2030")).toEqual([]));
});

describe("a year named before 'so far'", () => {
  it.each([
    ["The department has issued a total of 1,121 work permits in 2025 so far.", "2025-04-05", "2025-01-01..2025-04-05"],
    ["In 2024 so far, 300 victims were identified.", "2024-06-30", "2024-01-01..2024-06-30"],
    ["Police arrested 812 smugglers in 2023 thus far.", "2023-09-12", "2023-01-01..2023-09-12"],
    ["Some 4,500 migrants have arrived in 2022 so far, officials said.", "2022-03-01", "2022-01-01..2022-03-01"],
    ["In 2021 so far, the ministry granted 640 refugee statuses.", "2021-11-20", "2021-01-01..2021-11-20"]
  ])("%s", (text, date, span) => {
    expect(soFarInYear(text, date).map((p) => `${p.period.start}..${p.period.end}`)).toEqual([span]);
  });

  it("needs the item's own year", () => {
    expect(soFarInYear("In 2023 so far, 300 victims were identified.", "2025-04-05")).toEqual([]);
  });
});

describe("a year so far in an item dated by its month, or written 'to date'", () => {
  it.each([
    [
      "According to the ministry, so far in 2021, Chile has already expelled 200 migrants.",
      "2021-04",
      "2021-01-01..2021-04-30"
    ],
    ["So far in 2020, the navy has intercepted 1,430 people at sea.", "2020-09", "2020-01-01..2020-09-30"],
    ["To date in 2022, 612 victims have been referred to shelters.", "2022-06", "2022-01-01..2022-06-30"],
    ["The agency has resettled 4,200 refugees in 2019 to date.", "2019-11-14", "2019-01-01..2019-11-14"],
    [
      "In 2018 thus far, Mexico, according to officials, has deported 53,000 Central Americans.",
      "2018-02",
      "2018-01-01..2018-02-28"
    ],
    [
      "Thus far in 2024, the Coast Guard, in a statement, said it repatriated 880 Haitians.",
      "2024-02",
      "2024-01-01..2024-02-29"
    ],
    ["Some 97 smugglers were arrested to date in 2017.", "2017-03-09", "2017-01-01..2017-03-09"],
    ["In 2023 so far, Italy it has registered 42,000 arrivals.", "2023-05", "2023-01-01..2023-05-31"],
    ["so far in 2015, authorities have issued 2,211 work permits", "2015-12", "2015-01-01..2015-12-31"],
    ["Niger, to date in 2016, has returned 5,100 migrants.", "2016-08-01", "2016-01-01..2016-08-01"]
  ])("%j in an item of %s runs %s", (text, date, period) => expect(spans(text, date)[0]?.split("=")[1]).toBe(period));

  it.each([
    // An item of another year names no day the year reached.
    ["So far in 2021, 200 migrants were expelled.", "2022-04"],
    // An item dated by its year alone reaches no day.
    ["So far in 2021, 200 migrants were expelled.", "2021"],
    // "to date" with no year after it is read elsewhere.
    ["To date, 200 migrants were expelled in 2021.", "2021-04"],
    ["the highest number to date, in 2021", "2021-04"]
  ])("%j in an item of %s gives no span", (text, date) => expect(spans(text, date)).toEqual([]));
});
