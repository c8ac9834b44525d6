import {describe, expect, it} from "vitest";
import {yearlessMonths} from "../../loaders/general/resolve-yearless-month.js";
import {frameSentence, sentencePeriods} from "../../loaders/general/resolve-period.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** The period the number written `n` is given, in an item dated `date` reporting `reporting`. */
const periodOf = (sentence: string, n: string, reporting: string, date: string) =>
  sentencePeriods(frameSentence(sentence, date, parsePeriodLabel(reporting)), sentence.indexOf(n), undefined).map(
    (p) => `${p.start}..${p.end}`
  );

describe("a month named without a year", () => {
  it.each([
    ["In July alone, almost 83,000 persons arrived in Germany.", "83,000", "2015", "2015-08-19", "2015-07"],
    ["During March, 40 victims of trafficking were identified.", "40", "2019", "2020-06-25", "2019-03"],
    ["In October alone, 1,250 asylum applications were lodged.", "1,250", "2021", "2021-11-03", "2021-10"],
    ["The navy rescued 310 migrants in January alone.", "310", "2023-01/2023-02", "2023-03-01", "2023-01"],
    ["Throughout February, 95 migrants were returned to Turkey.", "95", "2016", "2016-03-10", "2016-02"],
    ["In the month of May, 2,400 people crossed the border.", "2,400", "2018", "2018-06-02", "2018-05"],
    ["Police detained 64 smugglers in December.", "64", "2022-09/2023-03", "2023-04-01", "2022-12"],
    ["In August, 202 Indonesians returned home.", "202", "2022-08", "2022-08-23", "2022-08"],
    ["In November, 18 traffickers were convicted.", "18", "2017", "2017-12-30", "2017-11"],
    ["In September alone, 7,100 migrants arrived on the islands.", "7,100", "2020", "2020-10-05", "2020-09"],
    ["In June, 500 work permits were issued.", "500", "2024-01/2024-06", "2024-07-02", "2024-06"]
  ])("%j", (sentence, n, reporting, date, month) => {
    const [y, m] = month.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    expect(periodOf(sentence, n, reporting, date)).toEqual([`${month}-01..${month}-${last}`]);
  });

  it("takes the item's year, or the one before, with no reporting period", () => {
    expect(yearlessMonths("In July alone, 83,000 arrived.", [], null, "2015-08-19")[0].period.label).toBe("2015-07");
    expect(yearlessMonths("In November, 83 arrived.", [], null, "2016-02-10")[0].period.label).toBe("2015-11");
  });

  it.each([
    ["a month with its year", "In July 2015, 83,000 persons arrived."],
    ["a month with its day", "In July 5 operations, 83 persons were detained."],
    ["a range of months", "In January to March, 292 people applied for asylum."],
    ["a month of last year", "In July last year, 83,000 persons arrived."],
    ["the verb may", "Officials said the figures may rise in the coming weeks."],
    ["a month two years of the reporting period hold", "In March, 40 victims were identified."]
  ])("reads no yearless month from %s", (what, sentence) => {
    const reporting = what.startsWith("a month two") ? parsePeriodLabel("2018-2019") : parsePeriodLabel("2015");
    expect(yearlessMonths(sentence, [], reporting, "2020-01-10")).toEqual([]);
  });
});
