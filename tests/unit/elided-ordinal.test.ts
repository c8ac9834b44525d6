import {describe, expect, it} from "vitest";
import {elidedOrdinals} from "../../loaders/general/elided-ordinal.js";
import {frameSentence} from "../../loaders/general/resolve-period.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";
import {observations} from "./read-paragraph.js";

const labels = (text: string, reporting = "2019", date = "2020-01-28") =>
  frameSentence(text, date, parsePeriodLabel(reporting)).periods.map((p) => p.period.label);

describe("an ordinal that leaves out the part of the year it counts", () => {
  it.each([
    ["320 in the second quarter of 2019, 226 in the third and 272 in the fourth.", ["2019Q2", "2019Q3", "2019Q4"]],
    ["120 in the first quarter of 2021 and 95 in the second.", ["2021Q1", "2021Q2"]],
    ["300 arrived in the first half of 2018 and 410 in the second.", ["2018H1", "2018H2"]],
    ["In 2017, 40 in the third quarter and 52 in the fourth.", ["2017", "2017Q3", "2017Q4"]],
    ["It issued 900 permits during the 1st quarter of 2016 and 870 during the 2nd.", ["2016Q1", "2016Q2"]],
    [
      "Arrivals were 88 in the first quarter of 2020, 12 in the second, 30 in the third, and 61 in the fourth.",
      ["2020Q1", "2020Q2", "2020Q3", "2020Q4"]
    ],
    ["600 in the first half of 2015, while 700 over the second.", ["2015H1", "2015H2"]],
    ["4,000 for the third quarter of 2022 and 3,500 for the fourth.", ["2022Q3", "2022Q4"]],
    ["55 in the second quarter of 2014 and 60 in the 3rd.", ["2014Q2", "2014Q3"]],
    ["1,200 in the first half of 2023 or 1,300 in the second;", ["2023H1", "2023H2"]]
  ])("%j", (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([
    "in the third of the cases",
    "320 in the second quarter of 2019 and the third group of 40",
    "40 in the third half",
    "226 in the third."
  ])("reads no part of a year in %j", (text) => {
    expect(elidedOrdinals(text, frameSentence(text, "2020-01-28", parsePeriodLabel("2019")).periods)).toEqual([]);
  });
});

describe("a bare count as the subject of its verb goes on from the count before", () => {
  it("reads the quarters of a year's arrivals", () => {
    const rows = observations(
      "A total of 1,047 North Korean defectors arrived in South Korea last year. By quarter, 229 arrived in the first three months of the year, 320 in the second quarter, 226 in the third and the remaining 272 in the fourth.",
      "2019",
      "2020-01-28"
    );
    expect(rows.map((o) => `${o.value}@${o.period.label} ${o.citizenship}`)).toEqual([
      "1047@2019 North Korea",
      "229@2019Q1 North Korea",
      "320@2019Q2 North Korea",
      "226@2019Q3 North Korea",
      "272@2019Q4 North Korea"
    ]);
  });

  it.each([
    ["In March, 300 left for Libya.", "300@2019-03"],
    ["229 arrived in the first three months of the year.", "229@2019Q1"],
    ["Then 40 came from Sudan in June.", "40@2019-06"]
  ])("%j", (second, expected) => {
    const rows = observations(`In 2019, 1,047 refugees arrived in the country. ${second}`, "2019", "2020-01-28");
    expect(rows.map((o) => `${o.value}@${o.period.label}`)).toContain(expected);
  });
});
