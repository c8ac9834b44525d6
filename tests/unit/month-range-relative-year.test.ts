import {describe, expect, it} from "vitest";
import {frameSentence} from "../../loaders/general/resolve-period.js";

const periods = (text: string, date = "2018-04-06") =>
  frameSentence(text, date, null).periods.map((p) => `${p.period.start}..${p.period.end}`);

describe("a month range named against the document's year", () => {
  it("takes this year's or last year's months, not the closing month alone", () => {
    expect(periods("From January to March this year, 292 people applied for asylum.")).toEqual([
      "2018-01-01..2018-03-31"
    ]);
    expect(periods("From January to June last year, 1,200 migrants were returned.")).toEqual([
      "2017-01-01..2017-06-30"
    ]);
    expect(periods("In January-April this year the police caught 840 migrants.")).toEqual(["2018-01-01..2018-04-30"]);
    expect(periods("Between January and May last year, 77 victims were identified.")).toEqual([
      "2017-01-01..2017-05-31"
    ]);
    expect(periods("From February through March of this year 61 permits were issued.")).toEqual([
      "2018-02-01..2018-03-31"
    ]);
    expect(periods("In March–September of last year, 15 smugglers were arrested.", "2021-02-01")).toEqual([
      "2020-03-01..2020-09-30"
    ]);
    expect(periods("January to August, the current year, saw 4,300 applications.", "2019-09-10")).toEqual([
      "2019-01-01..2019-08-31"
    ]);
    expect(periods("Between April and June this year 310 foreigners were deported.", "2022-07-15")).toEqual([
      "2022-04-01..2022-06-30"
    ]);
    expect(periods("From July to December last year, 95 residence permits were revoked.", "2016-03-01")).toEqual([
      "2015-07-01..2015-12-31"
    ]);
    expect(periods("In the months January-February this year 12 boats were intercepted.", "2023-03-05")).toEqual([
      "2023-01-01..2023-02-28"
    ]);
  });

  it("reads two months joined by 'and' as a span only after 'between'", () => {
    expect(periods("In January and March this year, 40 people were returned.")).toEqual(["2018-03-01..2018-03-31"]);
    expect(periods("Flights left in May and June, carrying 300 people.")).toEqual([]);
  });

  it("leaves a range with its own year to the year", () => {
    expect(periods("From January to March 2017, 238 people applied.")).toEqual(["2017-01-01..2017-03-31"]);
  });
});
