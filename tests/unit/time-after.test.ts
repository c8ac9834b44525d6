import {describe, expect, it} from "vitest";
import {timeAfter} from "../../loaders/general/time-after.js";
import {readCounted} from "../../loaders/general/read-counted.js";
import {observations} from "./read-paragraph.js";

describe("time words right after a number", () => {
  it.each([
    " last year, or 2.78 percent",
    " this year.",
    " last month",
    ", last week",
    " the previous year",
    " a year earlier",
    " the year before",
    " so far this year",
    " yesterday",
    " this month and"
  ])("are a time expression: %j", (after) => {
    expect(timeAfter(after)).toBeGreaterThan(0);
  });

  it.each([" victims last year", " workers", " lastly", " years", " this yearly total", " todays"])(
    "are not when a noun or another word comes first: %j",
    (after) => {
      expect(timeAfter(after)).toBe(0);
    }
  );

  it("never become the category of the number", () => {
    const text = "rose to 512 last year";
    const counted = readCounted(text, text.indexOf("512") + 3);
    expect(counted.noun).toBeNull();
    expect(counted.breakdown).toEqual({});
  });
});

describe("a bare number dated by time words after it", () => {
  const values = (text: string) =>
    observations(text, "2017", "2018-02-24")
      .filter((o) => o.indicator === "deportations" || o.indicator === "returns")
      .map((o) => `${o.value}@${o.period.label}`);

  it.each([
    ["The number of foreigners deported rose to 4,215 last year.", "4215@2017"],
    ["The number of migrants deported fell to 812 last year, the ministry said.", "812@2017"],
    ["The total number of foreign nationals deported reached 1,390 last year.", "1390@2017"],
    ["The number of irregular migrants deported declined to 2,004 last year.", "2004@2017"],
    ["The number of persons deported dropped to 97 last year.", "97@2017"],
    ["The number of foreign workers deported stood at 3,311 last year.", "3311@2017"],
    ["The number of migrants returned grew to 640 last year.", "640@2017"],
    ["The number of foreigners returned totalled 7,020 last year.", "7020@2017"],
    ["The number of nationals returned amounted to 5,106 last year.", "5106@2017"],
    ["The number of foreign citizens deported increased to 2,877 last year.", "2877@2017"]
  ])("%s", (text, row) => {
    expect(values(text)).toEqual([row]);
  });
});
