import {describe, expect, it} from "vitest";
import {findFiscalYears} from "../../loaders/periods/fiscal-year.js";

const spans = (text: string, state: string, date?: string) =>
  findFiscalYears(text, state, date).map((f) => `${f.period.start}..${f.period.end}`);

describe("a split year read with the government year of a state whose calendar the vocabulary lists", () => {
  it.each([
    ["IMN", "2024-25 when 1,082 work visas were issued", "2024-04-01..2025-03-31"],
    ["GIB", "In 2018/19, 412 residence permits were issued.", "2018-04-01..2019-03-31"],
    ["BMU", "During 2009/10, 6,817 work permits were active.", "2009-04-01..2010-03-31"],
    ["LCA", "In the 2016/17 financial year, 95 deportees arrived.", "2016-04-01..2017-03-31"],
    ["MSR", "In 2019/20, 30 work permits were granted.", "2019-04-01..2020-03-31"],
    ["SHN", "In 2021/22, 88 entry permits were issued.", "2021-04-01..2022-03-31"],
    ["TCA", "In 2017/18, 5,200 work permits were issued.", "2017-04-01..2018-03-31"],
    ["DMA", "In 2015/16, 41 deportees were received.", "2015-07-01..2016-06-30"],
    ["FLK", "In 2020/21, 120 work permits were issued.", "2020-07-01..2021-06-30"],
    ["NRU", "In 2014-15, 310 asylum seekers were processed.", "2014-07-01..2015-06-30"],
    ["PRI", "In fiscal year 2021-22, 72 migrants were repatriated.", "2021-07-01..2022-06-30"],
    ["TON", "In 2018/19, remittances of 348 million were received.", "2018-07-01..2019-06-30"],
    ["WSM", "In 2022/23, 1,900 workers left under labour mobility schemes.", "2022-07-01..2023-06-30"],
    ["FJI", "In the 2019-2020 financial year, 1,121 work permits were issued.", "2019-08-01..2020-07-31"],
    ["FSM", "In FY2019, 40 work permits were issued.", "2018-10-01..2019-09-30"],
    ["GUM", "In fiscal year 2017, 1,500 H-2B workers arrived.", "2016-10-01..2017-09-30"],
    ["MHL", "In FY 2015, 200 work permits were issued.", "2014-10-01..2015-09-30"],
    ["PLW", "In FY2016, 4,000 foreign workers held permits.", "2015-10-01..2016-09-30"]
  ])("%s: %s", (state, text, span) => expect(spans(text, state)).toEqual([span]));

  it("leaves a split year of a school or a season to its own calendar", () => {
    expect(spans("In the 2018/19 school year, 40 migrant children enrolled.", "IMN")).toEqual([]);
    expect(spans("In the 2018/19 season, 900 seasonal workers arrived.", "FJI")).toEqual([]);
  });

  it("reads a bare calendar year as before", () => {
    expect(spans("In 2019, 30 work permits were granted.", "MSR")).toEqual([]);
  });
});
