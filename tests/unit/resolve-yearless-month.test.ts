import {describe, expect, it} from "vitest";
import {yearlessMonths} from "../../loaders/general/resolve-yearless-month.js";
import {findPeriods, yearPeriod} from "../../loaders/periods/parse-period.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";

const months = (text: string, date = "2015-09-10", reporting: ReturnType<typeof yearPeriod> | null = null) =>
  yearlessMonths(text, findPeriods(text), reporting, date).map((p) => `${p.period.start}..${p.period.end}`);

describe("yearlessMonths", () => {
  it.each([
    ["In July alone, almost 83,000 persons arrived in Germany.", "2015-09-10", "2015-07-01..2015-07-31"],
    ["During March the office received 1,204 applications.", "2015-09-10", "2015-03-01..2015-03-31"],
    ["Throughout August, 310 migrants were rescued at sea.", "2015-09-10", "2015-08-01..2015-08-31"],
    ["For the month of February, 96 persons were returned.", "2021-04-02", "2021-02-01..2021-02-28"],
    ["In May, 4,410 work permits were issued.", "2019-06-30", "2019-05-01..2019-05-31"],
    ["Over June the border police detained 77 smugglers.", "2020-07-15", "2020-06-01..2020-06-30"],
    ["In November alone 1,020 people arrived by sea.", "2018-02-01", "2017-11-01..2017-11-30"],
    ["In 2016, the agency granted 420 permits, 61 of them in October.", "2018-02-01", "2016-10-01..2016-10-31"],
    ["In December, 12 victims were identified.", "2022-12-20", "2022-12-01..2022-12-31"],
    ["In January, 5,837 women obtained work permits.", "2023-03-01", "2023-01-01..2023-01-31"]
  ])("%s", (text, date, expected) => {
    expect(months(text, date)).toEqual([expected]);
  });

  it("takes a single-year reporting period before the document's year", () => {
    expect(months("In April, 88 persons were deported.", "2021-03-01", yearPeriod(2020))).toEqual([
      "2020-04-01..2020-04-30"
    ]);
  });

  it.each([
    ["In July 2015, 83,000 persons arrived."],
    ["In July 5, 2015 the law was adopted."],
    ["In March–June, 900 applications were filed."],
    ["In March to June, 900 applications were filed."],
    ["The office may in future receive 900 applications."],
    ["in may the office received 900 applications."],
    ["In July and August, 2,000 persons arrived."],
    ["Since July, 400 persons arrived."],
    ["The July report counted 400 persons."]
  ])("reads no lone month in %s", (text) => {
    expect(months(text)).toEqual([]);
  });

  it("frames a sentence by the month", () => {
    const frame = frameSentence("In July alone, almost 83,000 persons arrived in Germany.", "2015-08-19");
    expect(frame.periods.map((p) => p.period.label)).toEqual(["2015-07"]);
  });
});
