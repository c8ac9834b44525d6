import {describe, expect, it} from "vitest";
import {readPeriodHeaderTables} from "../../loaders/general/read-period-header-tables.js";
import {yearHeaderRows} from "../../loaders/general/year-header-rows.js";

/** Each cell as "label:period start..end:value", a short row marked by "!". */
const read = (text: string) =>
  readPeriodHeaderTables(text, 0, text.length).flatMap((t) =>
    t.rows.flatMap((r) =>
      r.cells.map((c) => `${r.label}${r.short ? "!" : ""}:${c.period.start}..${c.period.end}:${c.value}`)
    )
  );

const rows = (text: string) =>
  yearHeaderRows(readPeriodHeaderTables(text, 0, text.length), text, "preamble").map(
    (r) => `${r.indicator}:${r.period.start}..${r.period.end}:${r.age_group ?? ""}:${r.value}`
  );

describe("readPeriodHeaderTables", () => {
  it.each([
    [
      "a running total and a month, a cell to a line",
      "Asylum statistics\n\nTotal 2024\n\nMarch 2024\n\nReceived applications\n\n4120\n\n1388\n\nDecisions\n\n3904\n\n1275\n",
      [
        "Received applications:2024-01-01..2024-03-31:4120",
        "Received applications:2024-03-01..2024-03-31:1388",
        "Decisions:2024-01-01..2024-03-31:3904",
        "Decisions:2024-03-01..2024-03-31:1275"
      ]
    ],
    [
      "the year after the total word, rows on one line",
      "2023 to date\nJune 2023\nWork permits issued 12 480 2 115\nWork permits refused 1 302 240\n",
      [
        "Work permits issued:2023-01-01..2023-06-30:12480",
        "Work permits issued:2023-06-01..2023-06-30:2115",
        "Work permits refused:2023-01-01..2023-06-30:1302",
        "Work permits refused:2023-06-01..2023-06-30:240"
      ]
    ],
    [
      "two months side by side",
      "January 2022\nFebruary 2022\nPersons returned 310 288\nPersons readmitted 95 102\n",
      [
        "Persons returned:2022-01-01..2022-01-31:310",
        "Persons returned:2022-02-01..2022-02-28:288",
        "Persons readmitted:2022-01-01..2022-01-31:95",
        "Persons readmitted:2022-02-01..2022-02-28:102"
      ]
    ],
    [
      "quarters",
      "Q1 2021\nQ2 2021\nIrregular crossings detected 1,204 1,876\nSmugglers apprehended 33 41\n",
      [
        "Irregular crossings detected:2021-01-01..2021-03-31:1204",
        "Irregular crossings detected:2021-04-01..2021-06-30:1876",
        "Smugglers apprehended:2021-01-01..2021-03-31:33",
        "Smugglers apprehended:2021-04-01..2021-06-30:41"
      ]
    ],
    [
      "abbreviated months and a month range",
      "Jan–Sep 2019\nSep 2019\nVisas issued 88 012 9 870\nVisas refused 4 410 512\n",
      [
        "Visas issued:2019-01-01..2019-09-30:88012",
        "Visas issued:2019-09-01..2019-09-30:9870",
        "Visas refused:2019-01-01..2019-09-30:4410",
        "Visas refused:2019-09-01..2019-09-30:512"
      ]
    ],
    [
      "a year beside months of the next",
      "2020\nJanuary 2021\nApplications for asylum 16 500 1 320\nResidence permits granted 7 200 610\n",
      [
        "Applications for asylum:2020-01-01..2020-12-31:16500",
        "Applications for asylum:2021-01-01..2021-01-31:1320",
        "Residence permits granted:2020-01-01..2020-12-31:7200",
        "Residence permits granted:2021-01-01..2021-01-31:610"
      ]
    ],
    [
      "a footnote mark on a label, a lone figure kept short",
      "Total 2025\nApril 2025\nReceived applications* 2 950 701\nPending cases** 5120\nReturned 880 214\n",
      [
        "Received applications:2025-01-01..2025-04-30:2950",
        "Received applications:2025-04-01..2025-04-30:701",
        "Pending cases!:2025-04-01..2025-04-30:5120",
        "Returned:2025-01-01..2025-04-30:880",
        "Returned:2025-04-01..2025-04-30:214"
      ]
    ],
    [
      "year-to-date words before the year",
      "Year-to-date 2018\nNovember 2018\nDeportations 6 100 540\nVoluntary departures 2 930 260\n",
      [
        "Deportations:2018-01-01..2018-11-30:6100",
        "Deportations:2018-11-01..2018-11-30:540",
        "Voluntary departures:2018-01-01..2018-11-30:2930",
        "Voluntary departures:2018-11-01..2018-11-30:260"
      ]
    ],
    [
      "three months",
      "October 2020\nNovember 2020\nDecember 2020\nArrivals by sea 1 020 860 412\nArrivals by land 77 64 58\n",
      [
        "Arrivals by sea:2020-10-01..2020-10-31:1020",
        "Arrivals by sea:2020-11-01..2020-11-30:860",
        "Arrivals by sea:2020-12-01..2020-12-31:412",
        "Arrivals by land:2020-10-01..2020-10-31:77",
        "Arrivals by land:2020-11-01..2020-11-30:64",
        "Arrivals by land:2020-12-01..2020-12-31:58"
      ]
    ],
    [
      "a cumulative column after the month",
      "May 2017\nCumulative 2017\nVictims identified 14 61\nVictims referred 9 40\n",
      [
        "Victims identified:2017-05-01..2017-05-31:14",
        "Victims identified:2017-01-01..2017-05-31:61",
        "Victims referred:2017-05-01..2017-05-31:9",
        "Victims referred:2017-01-01..2017-05-31:40"
      ]
    ],
    [
      "the header's cells on one line",
      "Asylum statistics\nTotal 2024 March 2024\nReceived applications 4 120 1 388\nDecisions 3 904 1 275\n",
      [
        "Received applications:2024-01-01..2024-03-31:4120",
        "Received applications:2024-03-01..2024-03-31:1388",
        "Decisions:2024-01-01..2024-03-31:3904",
        "Decisions:2024-03-01..2024-03-31:1275"
      ]
    ],
    [
      "a titled line of quarters",
      "Indicator Q1 2022 Q2 2022 Q3 2022\nVisas issued 1 100 1 250 1 380\nVisas refused 90 120 75\n",
      [
        "Visas issued:2022-01-01..2022-03-31:1100",
        "Visas issued:2022-04-01..2022-06-30:1250",
        "Visas issued:2022-07-01..2022-09-30:1380",
        "Visas refused:2022-01-01..2022-03-31:90",
        "Visas refused:2022-04-01..2022-06-30:120",
        "Visas refused:2022-07-01..2022-09-30:75"
      ]
    ]
  ])("%s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      "a header of years only (read-year-header-tables.ts reads it)",
      "2019\n2020\nVisas issued 100 200\nVisas refused 10 20\n"
    ],
    ["one header cell", "February 2025\nReceived applications 1530\nDecisions 1449\n"],
    ["a dated line in prose", "In March 2024 the office said it received 400 applications.\nApril 2024\nThey rose.\n"],
    [
      "a single row under the header",
      "Total 2025\nFebruary 2025\nReceived applications 1530 817\nThe agency said more.\n"
    ],
    ["a month and a sentence", "March 2024\nApril 2024\nThe office received more applications than before.\n"],
    ["the same month twice", "March 2024\nMarch 2024\nVisas issued 100 200\nVisas refused 10 20\n"],
    [
      "a line of prose ending in months",
      "The figures for January 2024 February 2024 are below.\nVisas issued 100 200\nVisas refused 10 20\n"
    ],
    ["a line of years only", "Type of permit 2019 2020\nVisas issued 100 200\nVisas refused 10 20\n"]
  ])("reads no table from %s", (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("yearHeaderRows under month headers", () => {
  const text =
    "Monthly statistics asylum\nTotal 2025\nMarch 2025\nReceived applications\n2 410\n905\nReceived applications unaccompanied children\n41\n17\nPending cases*\n4 002\nGranted residence permits\n1 204\n390\n";
  it("reads the label's people as a part and a backlog as a stock on the last day", () => {
    const out = rows(text);
    expect(out.filter((r) => /^asylum_applications\w*:2025-01-01..2025-03-31::2410$/.test(r))).toHaveLength(1);
    expect(out.filter((r) => /^asylum_applications\w*:2025-03-01..2025-03-31:child:17$/.test(r))).toHaveLength(1);
    expect(out.some((r) => r.endsWith(":4002") && r.includes("2025-03-31..2025-03-31"))).toBe(true);
  });
  it("drops a lone figure of a flow, whose column is not printed", () => {
    const flow = "Total 2025\nMarch 2025\nDecisions 1 449 776\nVisas issued 3120\nGranted 378 176\n";
    expect(rows(flow).some((r) => r.endsWith(":3120"))).toBe(false);
    expect(rows(flow).filter((r) => r.endsWith(":378") || r.endsWith(":176"))).toHaveLength(2);
  });
});
