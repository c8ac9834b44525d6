import {describe, expect, it} from "vitest";
import {yearlessMonths} from "../../loaders/general/resolve-yearless-month.js";
import {findPeriods, parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {rows} from "./read-paragraph.js";

const months = (text: string, reporting: string | null = "2023-04", date = "2023-05") =>
  yearlessMonths(text, findPeriods(text), {
    reporting: reporting ? parsePeriodLabel(reporting) : null,
    documentDate: date
  }).map((p) => `${text.slice(p.start, p.end)}=${p.period.label}`);

describe("months named without a year", () => {
  it("take the year of the sentence's month, the one before for a later month", () => {
    expect(months("58 people applied in June 2021 (down from 70 in May and 64 in April)")).toEqual([
      "May=2021-05",
      "April=2021-04"
    ]);
    expect(months("In January 2022, 310 were returned, against 402 in December")).toEqual(["December=2021-12"]);
    expect(months("Some 1,204 permits were issued in October 2019, after 990 in September")).toEqual([
      "September=2019-09"
    ]);
    expect(months("Arrivals fell to 3,100 in August 2020, from 4,800 in July and 5,250 in June")).toEqual([
      "July=2020-07",
      "June=2020-06"
    ]);
    expect(months("In November 2018, 44 victims were referred, up from 31 in October")).toEqual(["October=2018-10"]);
  });

  it("take the report's month, else the document's, when the sentence names none", () => {
    expect(months("A total of 212 decisions were taken, against 190 in March", "2024-04", "2024-05")).toEqual([
      "March=2024-03"
    ]);
    expect(months("Of these, 75 were processed in July", "2018-07", "2018-08")).toEqual(["July=2018-07"]);
    expect(months("Some 4,500 work permits were issued in September", "2022", "2022")).toEqual(["September=2022-09"]);
    expect(months("During February, 640 applications were lodged", null, "2021-03-02")).toEqual(["February=2021-02"]);
  });

  it("read the previous month against the sentence's month and last month against the document's", () => {
    expect(months("95 decisions were taken in April 2023, down from 133 the previous month")).toEqual([
      "the previous month=2023-03"
    ]);
    expect(months("In January 2020, 81 were granted, against 77 the preceding month")).toEqual([
      "the preceding month=2019-12"
    ]);
    expect(months("most applicants last month came from Ukraine", "2023-04", "2023-05-10")).toEqual([
      "last month=2023-04"
    ]);
  });

  it("leave months with a year, a day, a range or a verb alone", () => {
    expect(months("In March 2021, 500 were deported")).toEqual([]);
    expect(months("in March of 2021, 500 were deported")).toEqual([]);
    expect(months("in March 15th, 500 were deported")).toEqual([]);
    expect(months("in January-March, 500 were deported")).toEqual([]);
    expect(months("in January to June 500 were deported")).toEqual([]);
    expect(months("in January this year, 500 were deported")).toEqual([]);
    expect(months("the figures in may change")).toEqual([]);
    expect(months("a decree signed in March", null, "2022")).toEqual([]);
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
