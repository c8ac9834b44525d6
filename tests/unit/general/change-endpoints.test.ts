import {describe, expect, it} from "vitest";
import {observe} from "./observe.js";

/** Each observation as "value period-label citizenship". */
const rows = (text: string, period: string, date: string) =>
  observe(text, period, date, (o) => `${o.value} ${o.period.label} ${o.citizenship ?? "-"}`);

type Case = [string, string, string, string[]];
const expectRows = (cases: Case[]) => {
  for (const [text, period, date, expected] of cases) expect(rows(text, period, date)).toEqual(expected);
};

describe("a change stated with both endpoints", () => {
  it("reads the earlier endpoint a sentence opening on a contracted pronoun restates", () => {
    expectRows([
      [
        "Some 1,480 asylum seekers were deported in 2021. That's down from 2,030 in 2020.",
        "2021",
        "2022-01-10",
        ["1480 2021 -", "2030 2020 -"]
      ],
      [
        "In 2016, 612 trafficking victims were identified. It’s up from 455 in 2015.",
        "2016",
        "2017-02-01",
        ["612 2016 -", "455 2015 -"]
      ],
      [
        "The ministry deported 3,210 migrants in 2019. That’s also down from 4,118 in 2018.",
        "2019",
        "2020-03-01",
        ["3210 2019 -", "4118 2018 -"]
      ],
      [
        "Authorities detained 804 migrants in 2014. It's a sharp increase from 390 in 2013.",
        "2014",
        "2015-01-20",
        ["804 2014 -", "390 2013 -"]
      ]
    ]);
  });

  it("dates an endpoint set the month before the sentence's month", () => {
    expectRows([
      [
        "In June 2022, 218 asylum decisions were taken, down from 260 the previous month.",
        "2022-06",
        "2022-07-05",
        ["218 2022-06 -", "260 2022-05 -"]
      ],
      [
        "In January 2021, 71 migrants were deported, up from 44 the month before.",
        "2021-01",
        "2021-02-03",
        ["71 2021-01 -", "44 2020-12 -"]
      ],
      [
        "In September 2019, 1,502 work permits were issued, up from 1,377 a month earlier.",
        "2019-09",
        "2019-10-02",
        ["1502 2019-09 -", "1377 2019-08 -"]
      ],
      [
        "In March 2024, 96 migrants were detained, down from 120 the preceding month.",
        "2024-03",
        "2024-04-01",
        ["96 2024-03 -", "120 2024-02 -"]
      ]
    ]);
  });

  it("gives the earlier period to the 'from' figure of a gapped second change", () => {
    expect(
      rows(
        "In the first half of 2020, the number of asylum applicants from Eritrea increased from 40 to 95, and of Sudanese from 12 to 31.",
        "2020H1",
        "2020-07-15"
      ).filter((r) => /^(12|31) /.test(r))
    ).toEqual(["12 2019H1 Sudan", "31 2020H1 Sudan"]);
  });

  it("gives the earlier period to the 'from' figure of a change in the perfect", () => {
    expectRows([
      [
        "In the first half of 2021, the number of asylum applications has risen from 310 to 455.",
        "2021H1",
        "2021-07-09",
        ["310 2020H1 -", "455 2021H1 -"]
      ],
      [
        "In 2014, the number of trafficking victims identified has fallen from 88 to 61.",
        "2014",
        "2015-02-10",
        ["88 2013 -", "61 2014 -"]
      ]
    ]);
  });

  it("reads both endpoints but not the change between them", () => {
    expectRows([
      [
        "In 2017 the agency deported 5,120 migrants as against 4,300 migrants in 2016, a rise of 820 persons.",
        "2017",
        "2018-02-01",
        ["5120 2017 -", "4300 2016 -"]
      ],
      [
        "In 2015, 930 trafficking victims were identified, compared with 1,210 in 2014, a drop of 280.",
        "2015",
        "2016-03-01",
        ["930 2015 -", "1210 2014 -"]
      ],
      [
        "Authorities detained 2,640 migrants in 2020, up from 1,905 in 2019, a jump of 735 people.",
        "2020",
        "2021-01-15",
        ["2640 2020 -", "1905 2019 -"]
      ]
    ]);
  });

  it("leaves a month that something else follows, and a lone pronoun, alone", () => {
    expect(rows("In the month before the vote, 412 migrants were detained.", "2023", "2023-05-10")).toEqual([
      "412 2023 -"
    ]);
    expect(rows("That's why 300 migrants were detained in 2018.", "2018", "2019-01-10")).toEqual(["300 2018 -"]);
  });
});
