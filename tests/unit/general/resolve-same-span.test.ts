import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";

/** Each observation as "value period-label". */
const rows = (text: string, period: string, date: string) =>
  observe(text, period, date, (o) => `${o.value} ${o.period.label}`);

describe("a whole year set against part of another year", () => {
  it("reads the same part of that year", () => {
    const cases: [string, string, string, string[]][] = [
      [
        "Between January and June 2020, 640 migrants were deported, compared to 505 in 2019.",
        "2020H1",
        "2020-07-20",
        ["640 2020H1", "505 2019H1"]
      ],
      [
        "In the first quarter of 2016, 1,208 migrants were detained, compared with 933 in 2015.",
        "2016Q1",
        "2016-04-12",
        ["1208 2016Q1", "933 2015Q1"]
      ],
      [
        "From January to September 2022, 4,470 work permits were issued, as against 3,980 in 2021.",
        "2022-01..2022-09",
        "2022-10-05",
        ["4470 2022-01-01..2022-09-30", "3980 2021-01-01..2021-09-30"]
      ],
      [
        "In the second half of 2013, 77 trafficking victims were identified, versus 52 in 2012.",
        "2013H2",
        "2014-01-15",
        ["77 2013H2", "52 2012H2"]
      ],
      [
        "In the first eight months of 2021, 2,115 asylum seekers were deported, against 1,640 in 2020.",
        "2021-01..2021-08",
        "2021-09-10",
        ["2115 2021-01-01..2021-08-31", "1640 2020-01-01..2020-08-31"]
      ]
    ];
    for (const [text, period, date, expected] of cases) expect(rows(text, period, date)).toEqual(expected);
  });

  it("reads the earlier endpoint of a change from last year to this part of this year", () => {
    expect(
      rows(
        "The number of asylum applications lodged by Eritreans fell from 215 last year to 96 this year.",
        "2019H1",
        "2019-07-08"
      )
    ).toEqual(["215 2018H1", "96 2019H1"]);
  });

  it("keeps a year that is whole, or not set against the part", () => {
    const cases: [string, string, string, string[]][] = [
      [
        "In the first quarter of 2019, 420 migrants were detained, compared with 3,100 in all of 2018.",
        "2019Q1",
        "2019-04-20",
        ["420 2019Q1", "3100 2018"]
      ],
      [
        "In 2018, 2,410 migrants were detained, compared with 1,990 in 2017.",
        "2018",
        "2019-02-01",
        ["2410 2018", "1990 2017"]
      ],
      [
        "In March 2020, 88 migrants were deported, compared to 74 in March 2019.",
        "2020-03",
        "2020-04-02",
        ["88 2020-03", "74 2019-03"]
      ]
    ];
    for (const [text, period, date, expected] of cases) expect(rows(text, period, date)).toEqual(expected);
  });
});
