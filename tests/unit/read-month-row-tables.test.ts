import {describe, expect, it} from "vitest";
import {expandAbbreviation, headerLabels, readMonthRowTables} from "../../loaders/general/read-month-row-tables.js";
import {monthRowObservations} from "../../loaders/general/month-row-observations.js";

/** Each observation as "period|breakdown|value", the breakdown as "key=value" pairs or "all". */
const rows = (text: string) =>
  monthRowObservations(readMonthRowTables(text, 0, text.length), text, "1", text).map((r) => {
    const parts = (["citizenship", "sex", "age_group", "category"] as const)
      .filter((k) => r[k])
      .map((k) => `${k}=${r[k]}`);
    return `${r.period.label}|${parts.join(",") || "all"}|${r.value}`;
  });

/** Each observation as "indicator|value". */
const indicators = (text: string) =>
  monthRowObservations(readMonthRowTables(text, 0, text.length), text, "1", text).map(
    (r) => `${r.indicator}|${r.value}`
  );

describe("headerLabels", () => {
  it.each([
    ["UAC Family Members All", 3, ["UAC", "Family Members", "All"]],
    ["Month Arrivals Returns Total", 3, ["Arrivals", "Returns", "Total"]],
    ["Women Men Total", 3, ["Women", "Men", "Total"]],
    ["Voluntary returns Forced returns Total", 3, ["Voluntary returns", "Forced returns", "Total"]],
    ["Period\tAsylum applications\tFirst-time applicants", 2, ["Asylum applications", "First-time applicants"]],
    ["  Sea arrivals   Land arrivals   Total", 3, ["Sea arrivals", "Land arrivals", "Total"]],
    ["Syria Afghanistan Iraq Other Total", 5, ["Syria", "Afghanistan", "Iraq", "Other", "Total"]],
    ["IDPs Returnees Refugees", 3, ["IDPs", "Returnees", "Refugees"]]
  ])("splits %j into %i labels", (line, width, labels) => {
    expect(headerLabels(line, width)).toEqual(labels);
  });

  it.each([
    ["a header of too few labels", "Arrivals Total", 3],
    ["a sentence", "The figures are as follows:", 3],
    ["a line of figures", "2015 2016 2017", 3]
  ])("reads no labels from %s", (_, line, width) => {
    expect(headerLabels(line, width)).toBeNull();
  });
});

describe("expandAbbreviation", () => {
  it("reads an abbreviation by the document's own capitalised words", () => {
    expect(expandAbbreviation("UAM", "Figures on Unaccompanied Asylum Minors were …")).toBe(
      "unaccompanied asylum minors"
    );
  });
  it("falls back on the vocabulary's reading", () => {
    expect(expandAbbreviation("UAC", "no phrase here")).toBe("unaccompanied alien children");
  });
  it("keeps a word that is no abbreviation", () => {
    expect(expandAbbreviation("Other", "Other Things")).toBe("Other");
  });
});

describe("readMonthRowTables and monthRowObservations", () => {
  it("reads a release's monthly apprehensions, the column of all as the total", () => {
    const text =
      "In May 2019, apprehensions of family members by agents on the border rose:\n\n  UAC Family Members All\nMarch 2019 8,975 53,077 92,833\nApril 2019 8,897 58,474 99,273\n";
    expect(rows(text)).toEqual([
      "2019-03|category=unaccompanied alien children|8975",
      "2019-04|category=unaccompanied alien children|8897",
      "2019-03|category=family members|53077",
      "2019-04|category=family members|58474",
      "2019-03|all|92833",
      "2019-04|all|99273"
    ]);
  });

  it("leaves unread a column whose words were grouped by their capitals alone and are named nowhere else", () => {
    const text =
      "Apprehensions on the border rose:\n\n  UAC Family Members All\nMarch 2019 8,975 53,077 92,833\nApril 2019 8,897 58,474 99,273\n";
    expect(rows(text)).toEqual([
      "2019-03|category=unaccompanied alien children|8975",
      "2019-04|category=unaccompanied alien children|8897",
      "2019-03|all|92833",
      "2019-04|all|99273"
    ]);
  });

  it("reads columns by sex under a heading of registered victims", () => {
    const text = "Victims of trafficking registered\nMonth Women Men Total\nJan 2021 12 4 16\nFeb 2021 9 3 12\n";
    expect(rows(text)).toEqual([
      "2021-01|sex=female|12",
      "2021-02|sex=female|9",
      "2021-01|sex=male|4",
      "2021-02|sex=male|3",
      "2021-01|all|16",
      "2021-02|all|12"
    ]);
  });

  it("reads columns that name their own counts as their own indicators", () => {
    const text =
      "Monthly movements at the border\nMonth Arrivals Returns\nOctober 2018 1,204 388\nNovember 2018 998 410\n";
    const read = indicators(text);
    expect(read).toHaveLength(4);
    expect(new Set(read.slice(0, 2).map((r) => r.split("|")[0])).size).toBe(1);
    expect(read[0].split("|")[0]).not.toBe(read[2].split("|")[0]);
  });

  it("reads columns of nationalities as citizenships", () => {
    const text =
      "Asylum applications lodged\nSyria Afghanistan Total\nJuly 2017 410 220 630\nAugust 2017 388 251 639\n";
    expect(rows(text)).toEqual([
      "2017-07|citizenship=Syria|410",
      "2017-08|citizenship=Syria|388",
      "2017-07|citizenship=Afghanistan|220",
      "2017-08|citizenship=Afghanistan|251",
      "2017-07|all|630",
      "2017-08|all|639"
    ]);
  });

  it.each([
    [
      "quarters, tab-separated",
      "Migrants rescued at sea\nQuarter\tAdults\tChildren\nQ1 2020\t340\t75\nQ2 2020\t512\t98\n",
      [
        "2020Q1|age_group=adult|340",
        "2020Q2|age_group=adult|512",
        "2020Q1|age_group=child|75",
        "2020Q2|age_group=child|98"
      ]
    ],
    [
      "abbreviated months and a blank line between rows",
      "Removals carried out\nMen Women\nSept 2015 61 17\n\nOct 2015 58 22\n",
      ["2015-09|sex=male|61", "2015-10|sex=male|58", "2015-09|sex=female|17", "2015-10|sex=female|22"]
    ],
    [
      "sentence-case labels",
      "Persons returned from abroad:\nForced returns Voluntary returns Total\nJune 2022 140 95 235\nJuly 2022 121 80 201\n",
      ["2022-06|all|140", "2022-07|all|121", "2022-06|all|95", "2022-07|all|80", "2022-06|all|235", "2022-07|all|201"]
    ],
    [
      "months with no year under a title of one year",
      "Irregular arrivals by sea in 2019\nMonth Men Women Total\nJanuary 410 95 505\nFebruary 388 101 489\n",
      [
        "2019-01|sex=male|410",
        "2019-02|sex=male|388",
        "2019-01|sex=female|95",
        "2019-02|sex=female|101",
        "2019-01|all|505",
        "2019-02|all|489"
      ]
    ],
    [
      "quarters with no year under a lead of one year",
      "In 2021 the service registered these applications:\nRefugees Other Total\nQ1 1,204 388 1,592\nQ2 1,310 402 1,712\n",
      [
        "2021Q1|category=refugees|1204",
        "2021Q2|category=refugees|1310",
        "2021Q1|category=other|388",
        "2021Q2|category=other|402",
        "2021Q1|all|1592",
        "2021Q2|all|1712"
      ]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("reads a total row under months that follow each other as the sum over them", () => {
    const text = "Arrivals by sea\nMen Women\nJanuary 2020 10 5\nFebruary 2020 12 7\nMarch 2020 9 4\nTotal 31 16\n";
    expect(rows(text)).toEqual([
      "2020-01|sex=male|10",
      "2020-02|sex=male|12",
      "2020-03|sex=male|9",
      "2020Q1|sex=male|31",
      "2020-01|sex=female|5",
      "2020-02|sex=female|7",
      "2020-03|sex=female|4",
      "2020Q1|sex=female|16"
    ]);
  });

  it.each([
    ["months that skip one", "Arrivals by sea\nMen Women\nJanuary 2020 10 5\nMarch 2020 9 4\nTotal 19 9\n"],
    ["a total of another width", "Arrivals by sea\nMen Women\nJanuary 2020 10 5\nFebruary 2020 9 4\nTotal 19 9 28\n"]
  ])("leaves the total row of %s unread", (_, text) => {
    expect(rows(text)).toHaveLength(4);
  });

  it.each([
    ["a ragged table", "Arrivals by sea\nMen Women Total\nJanuary 2020 10 5 15\nFebruary 2020 12 7\n"],
    ["rows without a header", "Some text.\n\nJanuary 2020 10 5 15\nFebruary 2020 12 7 19\n"],
    [
      "a header of more labels than cells",
      "Arrivals\nMen Women Children Total\nJanuary 2020 10 5 15\nMarch 2020 1 2 3\n"
    ],
    ["one row alone", "Arrivals by sea\nMen Women Total\nJanuary 2020 10 5 15\n"],
    [
      "a table of prices",
      "Average fees in dollars\nVisa Permit Total\nJanuary 2020 10 50 60\nFebruary 2020 12 50 62\n"
    ],
    ["a table of shares", "Share of applications granted (%)\nMen Women\nMay 2020 41 52\nJune 2020 38 49\n"],
    ["space-grouped thousands", "Arrivals\nSea Land\nMay 2020 1 204 3 500\nJune 2020 2 100 4 800\n"],
    ["dates with days", "Closing dates\nFirst Second\n12 January 2020 3 4\n14 February 2020 5 6\n"],
    ["months with no year under a title of none", "Arrivals by sea\nMen Women\nJanuary 410 95\nFebruary 388 101\n"],
    [
      "months with no year under a title of two years",
      "Arrivals by sea, 2018 and 2019\nMen Women\nJanuary 410 95\nFebruary 388 101\n"
    ],
    ["rows with and without a year", "Arrivals in 2019\nMen Women\nJanuary 2019 410 95\nFebruary 388 101\n"],
    ["a month row glued to prose", "Arrivals\nMen Women\nIn January 2020 10 5\nIn February 2020 12 7\n"]
  ])("reads nothing of %s", (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});
