import {describe, expect, it} from "vitest";
import {yearlessMonths} from "../../loaders/general/resolve-yearless-month.js";
import {findPeriods, parsePeriodLabel, yearPeriod} from "../../loaders/periods/parse-period.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {rows} from "./read-paragraph.js";

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
    ["The July report counted 400 persons."]
  ])("reads no lone month in %s", (text) => {
    expect(months(text)).toEqual([]);
  });

  it("reads the month a count runs since, which the sentence's reader runs on to the item's date", () => {
    expect(months("Since July, 400 persons arrived.")).toEqual(["2015-07-01..2015-07-31"]);
  });

  it("frames a sentence by the month", () => {
    const frame = frameSentence("In July alone, almost 83,000 persons arrived in Germany.", "2015-08-19");
    expect(frame.periods.map((p) => p.period.label)).toEqual(["2015-07"]);
  });
});

const named = (text: string, reporting: string | null = "2023-04", date = "2023-05") =>
  yearlessMonths(text, findPeriods(text), reporting ? parsePeriodLabel(reporting) : null, date).map(
    (p) => `${text.slice(p.start, p.end)}=${p.period.label}`
  );

describe("months named without a year", () => {
  it("take the year of the sentence's month, the one before for a later month", () => {
    expect(named("58 people applied in June 2021 (down from 70 in May and 64 in April)")).toEqual([
      "May=2021-05",
      "April=2021-04"
    ]);
    expect(named("In January 2022, 310 were returned, against 402 in December")).toEqual(["December=2021-12"]);
    expect(named("Some 1,204 permits were issued in October 2019, after 990 in September")).toEqual([
      "September=2019-09"
    ]);
    expect(named("Arrivals fell to 3,100 in August 2020, from 4,800 in July and 5,250 in June")).toEqual([
      "July=2020-07",
      "June=2020-06"
    ]);
    expect(named("In November 2018, 44 victims were referred, up from 31 in October")).toEqual(["October=2018-10"]);
  });

  it("take the report's month, else the document's, when the sentence names none", () => {
    expect(named("A total of 212 decisions were taken, against 190 in March", "2024-04", "2024-05")).toEqual([
      "March=2024-03"
    ]);
    expect(named("Of these, 75 were processed in July", "2018-07", "2018-08")).toEqual(["July=2018-07"]);
    expect(named("Some 4,500 work permits were issued in September", "2022", "2022")).toEqual(["September=2022-09"]);
    expect(named("During February, 640 applications were lodged", null, "2021-03-02")).toEqual(["February=2021-02"]);
  });

  it("read the previous month against the sentence's month and last month against the document's", () => {
    expect(named("95 decisions were taken in April 2023, down from 133 the previous month")).toEqual([
      "the previous month=2023-03"
    ]);
    expect(named("In January 2020, 81 were granted, against 77 the preceding month")).toEqual([
      "the preceding month=2019-12"
    ]);
    expect(named("most applicants last month came from Ukraine", "2023-04", "2023-05-10")).toEqual([
      "last month=2023-04"
    ]);
  });

  it("leave months with a year, a day, a range or a verb alone", () => {
    expect(named("In March 2021, 500 were deported")).toEqual([]);
    expect(named("in March of 2021, 500 were deported")).toEqual([]);
    expect(named("in March 15th, 500 were deported")).toEqual([]);
    expect(named("in January-March, 500 were deported")).toEqual([]);
    expect(named("in January to June 500 were deported")).toEqual([]);
    expect(named("in January this year, 500 were deported")).toEqual([]);
    expect(named("the figures in may change")).toEqual([]);
    expect(named("a decree signed in March", null, "2022")).toEqual([]);
  });

  it("date the compared counts of a monthly release", () => {
    const read = rows(
      "A total of 61 decisions on asylum applications were taken in June 2022 (down from 84 in May and 102 in April).",
      "2022-06",
      "2022-07"
    );
    expect(read.some((r) => r.startsWith("84@2022-05 "))).toBe(true);
    expect(read.some((r) => r.startsWith("102@2022-04 "))).toBe(true);
  });
});

describe("a month named relative to the item's date", () => {
  it.each([
    ["It also accepted 131 Afghan asylum-seekers last September.", "2002-05-10", "2001-09-01..2001-09-30"],
    ["Police arrested 45 migrants last March.", "2002-05-10", "2002-03-01..2002-03-31"],
    ["This March, 45 migrants were arrested.", "2002-05-10", "2002-03-01..2002-03-31"],
    ["Last May the office received 80 applications.", "2002-05-10", "2001-05-01..2001-05-31"],
    ["The boat sank last December with 60 people aboard.", "2020-02-03", "2019-12-01..2019-12-31"],
    ["Some 300 arrived this January.", "2020-02-03", "2020-01-01..2020-01-31"],
    ["The ministry deported 12 migrants last August.", "2019-08-20", "2018-08-01..2018-08-31"],
    ["Last July, 1,500 workers left for Qatar.", "2016-11-01", "2016-07-01..2016-07-31"],
    ["Past October saw 90 arrivals.", "2016-11-01", "2016-10-01..2016-10-31"],
    ["In the raid last February, 33 were detained.", "2023-06-30", "2023-02-01..2023-02-28"]
  ])("%s", (text, date, span) => {
    expect(months(text, date)).toEqual([span]);
  });

  it("leaves a month with its year or day, or one that opens a range, to the readers of those", () => {
    expect(months("last September 2001, 131 arrived", "2002-05-10")).toEqual([]);
    expect(months("last May 12, 30 were deported", "2002-05-10")).toEqual([]);
    expect(months("granted asylum between this January and May", "2016-06-10")).toEqual([]);
  });
});

// A month with a year that a span runs "since" is where the span begins, not the month a bare month is read against.
describe("a bare month beside a span since another year's month", () => {
  it.each([
    ["1,937 migrants arrived in May, the highest number since August 2020.", "May=2021-05"],
    ["In May, 1,937 migrants arrived, the most since August 2020.", "May=2021-05"],
    ["Arrivals in May were the highest since October 2020.", "May=2021-05"],
    ["In March, 412 asylum claims were lodged, the most since July 2019.", "March=2021-03"],
    ["During April, 310 persons were returned, the lowest since December 2020.", "April=2021-04"],
    ["Throughout February, 88 victims were identified, more than at any time since June 2020.", "February=2021-02"],
    ["In January, 75 smugglers were arrested, the highest monthly figure since September 2019.", "January=2021-01"],
    ["For the month of May, 1,200 permits were issued, up on every month since November 2020.", "May=2021-05"],
    ["In April, 640 people crossed, the most recorded since August 2018.", "April=2021-04"],
    ["In March alone, 96 persons were deported, the highest since May 2020.", "March=2021-03"]
  ])("%s", (text, expected) => {
    expect(named(text, "2021-01..2021-05", "2021-06-17")).toEqual([expected]);
  });

  it.each([
    // A month of its own year before the bare month still anchors it.
    ["In April 2020, 640 people crossed, 310 of them in March.", "March=2020-03"],
    ["In August 2020, 640 people crossed, against 310 in May.", "May=2020-05"]
  ])("%s", (text, expected) => {
    expect(named(text, "2021-01..2021-05", "2021-06-17")).toEqual([expected]);
  });
});
