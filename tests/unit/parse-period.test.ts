import {describe, expect, it} from "vitest";
import {
  findPeriods,
  parsePeriod,
  parsePeriodLabel,
  parseReportingPeriod,
  periodFromBounds,
  unionPeriod
} from "../../loaders/periods/parse-period.js";

describe("a quarter by its ordinal or its statistical code", () => {
  const label = (text: string) => findPeriods(text).map((p) => p.period.label);
  it.each([
    ["in the first quarter of 2011", "2011Q1"],
    ["in the 1st Quarter 2011", "2011Q1"],
    ["during the third quarter 2019", "2019Q3"],
    ["in the fourth quarter, 2010", "2010Q4"],
    ["in the 2nd quarter of the year 2021", "2021Q2"],
    ["in Q1 2011", "2011Q1"],
    ["in Q3/2019", "2019Q3"],
    ["in Q2-2020", "2020Q2"],
    ["in q4 2018", "2018Q4"],
    ["in Q4 of 2018", "2018Q4"],
    ["in 2011 Q1", "2011Q1"],
    ["in 2022-Q3", "2022Q3"],
    ["as at end-Q2 2020", "2020Q2"]
  ])("%s → %s", (text, expected) => expect(label(text)).toEqual([expected]));

  it.each([
    ["Q5 2011 results", ["2011"]],
    ["the Q1 results", []],
    ["in the fifth quarter of 2011", ["2011"]],
    ["FAQ1 2011", ["2011"]],
    ["the first quarterly report of 2011", ["2011"]]
  ])("no quarter in %s", (text, expected) => expect(label(text)).toEqual(expected));
});

describe("parsePeriod", () => {
  it.each([
    ["2017", "2017", "2017-01-01", "2017-12-31", false],
    ["in 2017", "2017", "2017-01-01", "2017-12-31", false],
    ["1st half of 2019", "2019H1", "2019-01-01", "2019-06-30", true],
    ["the first half of 2019", "2019H1", "2019-01-01", "2019-06-30", true],
    ["first 6 months of 2019", "2019H1", "2019-01-01", "2019-06-30", true],
    ["6 months of 2019", "2019H1", "2019-01-01", "2019-06-30", true],
    ["first six months of 2020", "2020H1", "2020-01-01", "2020-06-30", true],
    ["2013–2018", "2013-2018", "2013-01-01", "2018-12-31", false],
    ["2016-2018", "2016-2018", "2016-01-01", "2018-12-31", false],
    ["from 2013 to 2018", "2013-2018", "2013-01-01", "2018-12-31", false],
    ["2013–2018 and the first half of 2019", "2013-2018+2019H1", "2013-01-01", "2019-06-30", false],
    ["2017–2018 and 6 months of 2019", "2017-2018+2019H1", "2017-01-01", "2019-06-30", false],
    ["from 2013 to 2018 and in the first 6 months of 2019", "2013-2018+2019H1", "2013-01-01", "2019-06-30", false],
    ["2016–2018, as well as the 1st half of 2019", "2016-2018+2019H1", "2016-01-01", "2019-06-30", false],
    ["2016/2017", "2016/2017", "2016-09-01", "2017-08-31", false],
    ["2018–2019 academic years", "2018/2019", "2018-09-01", "2019-08-31", false]
  ])("%s → %s", (phrase, label, start, end, partial) => {
    expect(parsePeriod(phrase)).toMatchObject({label, start, end, partial, stock: false});
  });

  it("reads a stated date as a stock, not a flow", () => {
    expect(parsePeriod("as of June 30, 2019")).toEqual({
      label: "2019-06-30",
      start: "2019-06-30",
      end: "2019-06-30",
      partial: false,
      stock: true
    });
    expect(parsePeriod("As of February 30, 2019")).toBeNull();
  });

  it.each(["Article 2017", "No. 2019", "1750", "2018–2016", "2013 and the first half of 2015", "June 32"])(
    "rejects %j",
    (phrase) => {
      expect(parsePeriod(phrase)).toBeNull();
    }
  );

  it("finds the longest period phrase at each position", () => {
    const text = "In 2016–2018 and the first half of 2019, 29,661 permits; in 2017 more.";
    expect(findPeriods(text).map((p) => p.period.label)).toEqual(["2016-2018+2019H1", "2017"]);
  });

  it("labels spans canonically and reads labels back", () => {
    expect(periodFromBounds("2014-09-01", "2019-06-30").label).toBe("2014-09-01..2019-06-30");
    expect(unionPeriod([parsePeriodLabel("2016")!, parsePeriodLabel("2018")!])!.label).toBe("2016-2018");
    for (const label of ["2017", "2019H1", "2013-2018", "2013-2018+2019H1"])
      expect(parsePeriodLabel(label)!.label).toBe(label);
    expect(parsePeriodLabel("2019H3")).toBeNull();
    expect(parsePeriodLabel("2019-13")).toBeNull();
  });

  it("labels whole months, quarters and second halves as releases are filed, and other spans by their bounds", () => {
    expect(parsePeriod("January-March 2022")).toMatchObject({label: "2022Q1", partial: true});
    expect(parsePeriod("from October to December 2021")!.label).toBe("2021Q4");
    expect(parsePeriod("July–December 2020")!.label).toBe("2020H2");
    expect(parsePeriod("in the second half of 2021")).toMatchObject({
      label: "2021H2",
      start: "2021-07-01",
      partial: true
    });
    expect(parsePeriod("the second quarter of 2021")!.label).toBe("2021Q2");
    expect(periodFromBounds("2021-05-01", "2021-05-31").label).toBe("2021-05");
    expect(periodFromBounds("2024-02-01", "2024-02-29").label).toBe("2024-02");
    for (const label of ["2019Q2", "2019H2", "2019-11"]) expect(parsePeriodLabel(label)!.label).toBe(label);
    // Three months not aligned to a quarter, a month not run to its end, and months across a year keep their bounds.
    expect(parsePeriod("February–April 2022")!.label).toBe("2022-02-01..2022-04-30");
    expect(periodFromBounds("2021-05-01", "2021-05-30").label).toBe("2021-05-01..2021-05-30");
    expect(periodFromBounds("2021-11-01", "2022-01-31").label).toBe("2021-11-01..2022-01-31");
    expect(periodFromBounds("2021-07-01", "2021-11-30").label).toBe("2021-07-01..2021-11-30");
  });

  it("reads months, month ranges and quarters as partial periods", () => {
    expect(parsePeriod("June 2019")).toMatchObject({
      label: "2019-06",
      start: "2019-06-01",
      end: "2019-06-30",
      partial: true
    });
    expect(parsePeriod("During August, 2017")).toMatchObject({label: "2017-08", end: "2017-08-31"});
    expect(parsePeriod("January–June 2021")).toMatchObject({label: "2021H1", start: "2021-01-01", end: "2021-06-30"});
    expect(parsePeriod("from January to September 2019")).toMatchObject({
      start: "2019-01-01",
      end: "2019-09-30",
      partial: true
    });
    expect(parsePeriod("the first quarter of 2020")).toMatchObject({label: "2020Q1", end: "2020-03-31"});
    expect(parsePeriod("the first nine months of 2018")).toMatchObject({start: "2018-01-01", end: "2018-09-30"});
    expect(parsePeriod("June–January 2021")).toBeNull();
    expect(parsePeriodLabel("2018-10/2019-09")).toMatchObject({start: "2018-10-01", end: "2019-09-30"});
    expect(parsePeriodLabel("2019Q4")).toMatchObject({start: "2019-10-01", end: "2019-12-31"});
  });

  it("reads every reporting period a sidecar may state, and refuses months that run backwards", () => {
    const bounds = (text: string) => {
      const p = parseReportingPeriod(text);
      return p && [p.label, p.start, p.end, p.partial];
    };
    expect(bounds("2013-2018+2019H1")).toEqual(["2013-2018+2019H1", "2013-01-01", "2019-06-30", false]);
    expect(bounds("2019H1")).toEqual(["2019H1", "2019-01-01", "2019-06-30", true]);
    expect(bounds("2019H2")).toEqual(["2019H2", "2019-07-01", "2019-12-31", true]);
    expect(bounds("2019Q1")).toEqual(["2019Q1", "2019-01-01", "2019-03-31", true]);
    expect(bounds("2020-02")).toEqual(["2020-02", "2020-02-01", "2020-02-29", true]);
    expect(bounds("2019-01..2019-06")).toEqual(["2019H1", "2019-01-01", "2019-06-30", true]);
    expect(bounds("2018-07..2019-06")).toEqual(["2018-07-01..2019-06-30", "2018-07-01", "2019-06-30", false]);
    expect(bounds("2020-12-01..2020-12-14")).toEqual(["2020-12-01..2020-12-14", "2020-12-01", "2020-12-14", true]);
    for (const text of ["2019H3", "2019Q0", "2019-13", "2019-06..2019-01", "2018-2013", "2019-1", "19"])
      expect(parseReportingPeriod(text), text).toBeNull();
  });
});
