import {describe, expect, it} from "vitest";
import {periodEndStock} from "../../loaders/general/read-period-end-stock.js";
import {periodFromBounds} from "../../loaders/periods/parse-period.js";
import {observations} from "./read-paragraph.js";

const year = (y: number) => periodFromBounds(`${y}-01-01`, `${y}-12-31`);
const month = (y: number, m: number, d: number) =>
  periodFromBounds(`${y}-${String(m).padStart(2, "0")}-01`, `${y}-${String(m).padStart(2, "0")}-${d}`);

describe("a stock counted at the end of a year or a month stands on its last day", () => {
  it.each([
    ["At the end of 2019, there were 167,000 workers from abroad.", year(2019), "2019-12-31"],
    ["By the end of 2021 some 52,000 refugees lived in the country.", year(2021), "2021-12-31"],
    ["As at the end of 2018, 3,400 foreigners held permits.", year(2018), "2018-12-31"],
    ["At year-end 2020 there were 9,100 migrant workers.", year(2020), "2020-12-31"],
    ["As of last year, the number of missing workers totaled 52,317.", year(2017), "2017-12-31"],
    ["As of 2016 there were 4,050 stateless persons.", year(2016), "2016-12-31"],
    ["As at end-September 2022, there were over 14,900 claimants.", month(2022, 9, 30), "2022-09-30"],
    ["At the end of March 2020 there were 1,200 detainees.", month(2020, 3, 31), "2020-03-31"],
    ["By the end of the year 640 asylum seekers remained.", year(2015), "2015-12-31"],
    ["at the end of the month, 88 migrants were still held.", month(2019, 2, 28), "2019-02-28"]
  ])("%s", (text, period, day) => expect(periodEndStock(text, period, true)?.end).toBe(day));

  it.each([
    ["At the end of 2019, there were 167,000 workers from abroad.", year(2019), false],
    ["In 2019, there were 167,000 workers from abroad.", year(2019), true],
    ["At the end of their stay 45 workers left.", year(2019), true],
    ["As of 2016-2018 there were 4,050 stateless persons.", year(2016), true],
    ["At the end of 2019, there were 167,000 workers from abroad.", periodFromBounds("2019-01-01", "2019-06-30"), true]
  ])("stays: %s", (text, period, stock) => expect(periodEndStock(text, period, stock)).toBeNull());
});

describe("a stock counted at the end of a quarter or a half year stands on its last day", () => {
  const part = (y: number, from: number, to: number) =>
    periodFromBounds(
      `${y}-${String(from).padStart(2, "0")}-01`,
      `${y}-${String(to).padStart(2, "0")}-${new Date(Date.UTC(y, to, 0)).getUTCDate()}`
    );
  it.each([
    ["At the end of the first quarter of 2011, 21,400 foreigners lived here.", part(2011, 1, 3), "2011-03-31"],
    ["At the end of the 1st Quarter 2011 there were 21,400 foreign citizens.", part(2011, 1, 3), "2011-03-31"],
    ["By the end of the second quarter, 5,320 permits were valid.", part(2020, 4, 6), "2020-06-30"],
    ["As at end-Q3 2020, 14,900 claimants were waiting.", part(2020, 7, 9), "2020-09-30"],
    ["As of the end of Q4 2018, 640 asylum seekers remained.", part(2018, 10, 12), "2018-12-31"],
    ["At the end of the fourth quarter 1,200 detainees were held.", part(2019, 10, 12), "2019-12-31"],
    ["At the end of the first half of 2020, 4,640 people held work permits.", part(2020, 1, 6), "2020-06-30"],
    ["By the end of the 2nd half 2017 some 9,100 refugees lived in camps.", part(2017, 7, 12), "2017-12-31"],
    ["At the end of the third quarter, 3,400 foreigners held permits.", part(2015, 7, 9), "2015-09-30"],
    ["As at the end of Q2 2016, 88 migrants were still held.", part(2016, 4, 6), "2016-06-30"]
  ])("%s", (text, period, day) => expect(periodEndStock(text, period, true)?.end).toBe(day));

  it.each([
    ["In the first quarter of 2011, 320 foreigners were deported.", part(2011, 1, 3), true],
    ["At the end of the first quarter of 2011, 21,400 foreigners lived here.", part(2011, 1, 3), false],
    ["At the end of the first quarter of 2011, 21,400 foreigners lived here.", part(2011, 2, 4), true],
    ["At the end of 2019, there were 167,000 workers from abroad.", part(2019, 1, 3), true],
    ["At the end of the first quarter, 21,400 foreigners lived here.", year(2011), true]
  ])("stays: %s", (text, period, stock) => expect(periodEndStock(text, period, stock)).toBeNull());
});

describe("foreign workers in a country are a stock", () => {
  const read = (text: string) =>
    observations(text, "2019", "2020-01-15").map((o) => `${o.value} ${o.indicator} ${o.period.label}`);
  it.each([
    [
      "At the end of 2019, there were 167,000 workers from abroad in the country.",
      "167000 foreign_workers_present 2019-12-31"
    ],
    ["There were 1,728,201 expatriate workers in Oman in October 2019.", "1728201 foreign_workers_present 2019-10"],
    [
      "The number of Indian expat workers dropped to 624,046 in October 2019.",
      "624046 foreign_workers_present 2019-10"
    ],
    ["The number of foreign workers rose to 676,142 in 2019.", "676142 foreign_workers_present 2019"],
    ["In December 2019 the number of migrant workers stood at 12,400.", "12400 foreign_workers_present 2019-12"]
  ])("%s", (text, row) => expect(read(text)).toContain(row));
  it.each([
    "In 2019, 6,100 foreign workers left the country.",
    "In 2019, 2,300 migrant workers were deported.",
    "In 2019, 910 foreign workers were granted work permits.",
    "The total number of migrant workers repatriated in 2019 stood at 4,100."
  ])("not a stock: %s", (text) => expect(read(text).join(" ")).not.toContain("foreign_workers_present"));
});
