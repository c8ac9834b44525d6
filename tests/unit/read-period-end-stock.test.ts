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
