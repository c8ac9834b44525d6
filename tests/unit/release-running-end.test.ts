import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A factsheet on one month (or a week, or two months) issued some days after it: its running totals stop at its end.
describe("a running total in a release issued after the weeks or months it reports on", () => {
  it.each([
    [
      "84,572 Somalis have been assisted to return under the programme since 2014.",
      "2019-08",
      "2019-09-13",
      "84572@2014-01-01..2019-08-31"
    ],
    [
      "735 Burundians have been assisted to return home since the beginning of 2018.",
      "2019-08",
      "2019-09-13",
      "735@2018-01-01..2019-08-31"
    ],
    [
      "23,890 Burundian refugees assisted to return from Tanzania since September 2017.",
      "2018-04",
      "2018-05-17",
      "23890@2017-09-01..2018-04-30"
    ],
    [
      "More than 13,601 Ethiopians have returned from Yemen since May 2020.",
      "2021-05",
      "2021-06-16",
      "13601@2020-05-01..2021-05-31"
    ],
    [
      "75,333 arrivals have been recorded since the start of the mixed movement in January 2018.",
      "2021-05",
      "2021-06-17",
      "75333@2018-01-01..2021-05-31"
    ],
    [
      "Some 4,120 refugees have been relocated to the camp since March 2022.",
      "2022-08",
      "2022-09-15",
      "4120@2022-03-01..2022-08-31"
    ],
    ["Since January, 9,800 migrants have returned from Libya.", "2017-10", "2017-11-20", "9800@2017-01-01..2017-10-31"],
    [
      "A total of 2,315 asylum seekers have been registered since 2019.",
      "2023-02",
      "2023-03-10",
      "2315@2019-01-01..2023-02-28"
    ],
    [
      "Since March 2018, 233,619 undocumented returnees have come back from Iran.",
      "2019-06",
      "2019-07-10",
      "233619@2018-03-01..2019-06-30"
    ],
    [
      "Since 2016, 61,204 refugees have been resettled to third countries.",
      "2020-03",
      "2020-04-02",
      "61204@2016-01-01..2020-03-31"
    ],
    ["1,450 migrants have been rescued at sea since 2015.", "2021-07", "2021-08-05", "1450@2015-01-01..2021-07-31"]
  ])("%s", (text, reporting, date, expected) => {
    expect(rows(text, reporting, date).map((r) => r.split(" ")[0])).toContain(expected);
  });

  it("runs on to the item's day when it relays a quarter or a half-year", () => {
    const read = (reporting: string) =>
      rows("Border controls have prevented 17,600 unauthorized entries since October 2023.", reporting, "2024-04-08");
    expect(read("2024Q1").map((r) => r.split(" ")[0])).toEqual(["17600@2023-10-01..2024-04-08"]);
  });

  it("runs on to the item's day when its month is not yet over, or ended long before", () => {
    const text = "Since 2014, 5,200 refugees have returned home.";
    expect(rows(text, "2019-09", "2019-09-13").map((r) => r.split(" ")[0])).toEqual(["5200@2014-01-01..2019-09-13"]);
    expect(rows(text, "2019-03", "2019-09-13").map((r) => r.split(" ")[0])).toEqual(["5200@2014-01-01..2019-09-13"]);
  });

  it("leaves an annual report's running totals to its day", () => {
    const text = "Since 2010, the shelter has assisted 820 trafficking victims.";
    expect(rows(text, "2018", "2019-06-20").map((r) => r.split(" ")[0])).toEqual(["820@2010-01-01..2019-06-20"]);
  });
});
