import {describe, expect, it} from "vitest";
import {readYearValueLines} from "../../loaders/general/read-year-value-lines.js";
import {yearValueRows} from "../../loaders/general/year-value-rows.js";

/** Each list as "title|year=value,…". */
const read = (text: string) =>
  readYearValueLines(text, 0, text.length).map(
    (l) => `${l.title}|${l.cells.map((c) => `${c.period.label}=${c.value}`).join(",")}`
  );

/** Each row as "indicator unit period value country citizenship". */
const rows = (text: string, state?: string) =>
  yearValueRows(readYearValueLines(text, 0, text.length), text, "1", state).map(
    (r) => `${r.unit}|${r.period.label}|${r.value}|${r.country ?? "-"}|${r.citizenship ?? "-"}|${r.sex ?? "-"}`
  );

describe("readYearValueLines", () => {
  it.each([
    [
      "double dashes under a colon heading, years out of order",
      "Deportees from Mexico to Honduras:\n2019 -- 1204\n2017 -- 988\n2018 -- 1,530\n",
      "Deportees from Mexico to Honduras|2019=1204,2017=988,2018=1530"
    ],
    [
      "colons after the years",
      "Asylum applications lodged\n2020: 3,410\n2021: 4,022\n2022: 5,118\n",
      "Asylum applications lodged|2020=3410,2021=4022,2022=5118"
    ],
    [
      "an en dash and space-grouped thousands",
      "Residence permits issued to foreign workers\n2016 – 12 450\n2017 – 13 002\n",
      "Residence permits issued to foreign workers|2016=12450,2017=13002"
    ],
    [
      "tabs between year and figure",
      "Victims identified by the police\n2014\t61\n2015\t75\n2016\t103\n",
      "Victims identified by the police|2014=61,2015=75,2016=103"
    ],
    [
      "bars as a web table's cells",
      "Migrants rescued at sea\n2018 | 2,310\n2019 | 1,875\n",
      "Migrants rescued at sea|2018=2310,2019=1875"
    ],
    [
      "a blank line between the lines",
      "Work permits granted:\n2010 - 540\n\n2011 - 610\n\n2012 - 702\n",
      "Work permits granted|2010=540,2011=610,2012=702"
    ],
    [
      "an equals sign",
      "Removals carried out\n2005 = 12,004\n2006 = 11,310\n",
      "Removals carried out|2005=12004,2006=11310"
    ],
    [
      "plain spaces between year and figure",
      "Trafficking cases prosecuted\n2011 14\n2012 22\n2013 31\n",
      "Trafficking cases prosecuted|2011=14,2012=22,2013=31"
    ],
    [
      "a figure that is itself a round year-sized number",
      "Monthly average of returnees from the United States:\n2016 -- 2000\n2015 -- 1813\n",
      "Monthly average of returnees from the United States|2016=2000,2015=1813"
    ],
    ["an indented list", "Refugees resettled\n   2019 -- 310\n   2020 -- 96\n", "Refugees resettled|2019=310,2020=96"]
  ])("reads %s", (_, text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    [
      "months of a year",
      "Migrants intercepted at sea, 2019:\nJanuary 2019 -- 410\nFebruary 2019 -- 388\nMarch 2019 -- 1,020\n",
      "Migrants intercepted at sea, 2019|2019-01=410,2019-02=388,2019-03=1020"
    ],
    [
      "abbreviated months with colons",
      "Asylum claims lodged\nJan. 2021: 1,210\nFeb. 2021: 1,118\n",
      "Asylum claims lodged|2021-01=1210,2021-02=1118"
    ],
    [
      "quarters",
      "Work permits granted\nQ1 2022 – 3,400\nQ2 2022 – 3,950\nQ3 2022 – 4,120\n",
      "Work permits granted|2022Q1=3400,2022Q2=3950,2022Q3=4120"
    ]
  ])("reads %s", (_, text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    ["a list of years alone", "Reports were published in:\n2015\n2016\n2017\n"],
    ["spans of years", "Plans of action:\n2012 - 2015\n2016 - 2019\n"],
    ["a page footer", "The office registered more applicants.\n2019 12\n"],
    ["a date line", "Sofia, January 21, 2019\n2019: 44\n"],
    ["lines with no heading", "\n\n2017 -- 924\n2016 -- 2596\n"],
    ["a sentence above the lines", "The figures rose sharply over the years. See below.\n2017 -- 924\n2016 -- 2596\n"],
    ["one line alone", "Deportations from Mexico:\n2017 -- 924\nThe rest were sent home.\n"],
    ["the same year twice", "Deportations from Mexico:\n2017 -- 924\n2017 -- 930\n"],
    ["a day-dated line", "Arrivals reported:\n21 January 2019 -- 44\n22 January 2019 -- 51\n"],
    ["shares in percent", "Share of women among victims:\n2017 -- 45%\n2018 -- 48%\n"]
  ])("reads nothing from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("yearValueRows", () => {
  it("takes the heading's places and people for every line, and an average per month in that unit", () => {
    expect(
      rows("Monthly average deportees from Mexico to El Salvador:\n2017 -- 924\n2016 -- 2596\n", "El Salvador")
    ).toEqual(["persons per month|2017|924|Mexico|El Salvador|-", "persons per month|2016|2596|Mexico|El Salvador|-"]);
  });

  it("reads an abbreviated country after 'from', and the reporting state's citizens as the returned", () => {
    expect(rows("Average of Hondurans deported from US per day\n2018 -- 75\n2019 -- 90\n", "Honduras")).toEqual([
      "persons per day|2018|75|United States|Honduras|-",
      "persons per day|2019|90|United States|Honduras|-"
    ]);
  });

  it("reads the heading's people as each line's part", () => {
    expect(rows("Female victims identified\n2020: 41\n2021: 57\n")).toEqual([
      "persons|2020|41|-|-|female",
      "persons|2021|57|-|-|female"
    ]);
  });

  it.each([
    ["money", "Remittances received in USD million\n2019 -- 540\n2020 -- 610\n"],
    ["an average over no span", "Average age of applicants\n2019 -- 31\n2020 -- 30\n"],
    ["a rate", "Recognition rate\n2019 -- 31\n2020 -- 30\n"]
  ])("reads no counts from a heading of %s", (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe("year lists in a paragraph", () => {
  it("reads each line once, under its heading, and the prose around it apart", async () => {
    const {observe} = await import("./general/observe.js");
    const text =
      "Returns rose again, the ministry said.\nVoluntary returns:\n2019 -- 1,204\n2020 -- 988\nIn 2021, 1,530 persons were returned.\n";
    const out = observe(text, "2021", "2022", (o) => `${o.spec_id}|${o.period.label}|${o.value}|${o.country ?? "-"}`);
    expect(out.filter((o) => o.startsWith("general:year-value"))).toEqual([
      "general:year-value|2019|1204|-",
      "general:year-value|2020|988|-"
    ]);
    expect(out.filter((o) => /\|(?:1204|988)\|/.test(o))).toHaveLength(2);
  });
});
