import {describe, expect, it} from "vitest";
import {readBreakdownHeaderTables} from "../../loaders/general/read-breakdown-header-tables.js";
import {breakdownHeaderRows} from "../../loaders/general/breakdown-header-rows.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

/** Each cell as "label:column:value", the column as its sex or age group, "all" for the whole. */
const read = (text: string) =>
  readBreakdownHeaderTables(text, 0, text.length).flatMap((t) =>
    t.rows.flatMap((r) =>
      r.cells.map((c, n) => `${r.label}:${t.columns[n].sex ?? t.columns[n].age_group ?? "all"}:${c.value}`)
    )
  );

/** Each observation as "indicator period sex value". */
const rows = (text: string, reporting: string) =>
  breakdownHeaderRows(
    readBreakdownHeaderTables(text, 0, text.length),
    text,
    "1",
    parsePeriodLabel(reporting),
    reporting.slice(0, 4)
  ).map((r) => `${r.indicator}|${r.period.label}|${r.sex ?? "-"}|${r.value}`);

describe("readBreakdownHeaderTables", () => {
  it.each([
    [
      "a statistics office's quarter with negative balances",
      "Population and migration in the 2nd quarter 2014\n  Total Males Females\nImmigration 2,310 1,204 1,106\nEmigration 1,870 990 880\nNet migration 440 214 -226\n",
      [
        "Immigration:all:2310",
        "Immigration:male:1204",
        "Immigration:female:1106",
        "Emigration:all:1870",
        "Emigration:male:990",
        "Emigration:female:880",
        "Net migration:all:440",
        "Net migration:male:214",
        "Net migration:female:-226"
      ]
    ],
    [
      "men and women before the total",
      "Victims identified, 2019\nMen Women Total\nSexual exploitation 4 61 65\nForced labour 38 12 50\n",
      [
        "Sexual exploitation:male:4",
        "Sexual exploitation:female:61",
        "Sexual exploitation:all:65",
        "Forced labour:male:38",
        "Forced labour:female:12",
        "Forced labour:all:50"
      ]
    ],
    [
      "two columns of sex and space-grouped thousands",
      "Residence permits issued in 2018\nMale Female\nFamily reunification 4 102 5 377\nStudy 2 040 2 518\n",
      ["Family reunification:male:4102", "Family reunification:female:5377", "Study:male:2040", "Study:female:2518"]
    ],
    [
      "columns of age",
      "Asylum applicants, 2021\nAdults Children Total\nFirst-time applicants 1,830 640 2,470\nRepeat applicants 210 35 245\n",
      [
        "First-time applicants:adult:1830",
        "First-time applicants:child:640",
        "First-time applicants:all:2470",
        "Repeat applicants:adult:210",
        "Repeat applicants:child:35",
        "Repeat applicants:all:245"
      ]
    ],
    [
      "boys and girls",
      "Unaccompanied minors registered in 2020\nBoys Girls Total\nArrived by sea 301 44 345\nArrived by land 120 18 138\n",
      [
        "Arrived by sea:male:301",
        "Arrived by sea:female:44",
        "Arrived by sea:all:345",
        "Arrived by land:male:120",
        "Arrived by land:female:18",
        "Arrived by land:all:138"
      ]
    ],
    [
      "a census office's 'Both sexes' column",
      "Emigrants by sex, 2016\nBoth sexes Male Female\nTo Europe 12,400 6,900 5,500\nTo North America 8,120 3,950 4,170\n",
      [
        "To Europe:all:12400",
        "To Europe:male:6900",
        "To Europe:female:5500",
        "To North America:all:8120",
        "To North America:male:3950",
        "To North America:female:4170"
      ]
    ],
    [
      "tabs between cells",
      "Detention, 2022\nTotal\tMen\tWomen\nAdmissions\t2,204\t1,980\t224\nReleases\t2,016\t1,812\t204\n",
      [
        "Admissions:all:2204",
        "Admissions:male:1980",
        "Admissions:female:224",
        "Releases:all:2016",
        "Releases:male:1812",
        "Releases:female:204"
      ]
    ],
    [
      "women before men and numbered rows",
      "Trafficking victims assisted in 2017\nFemales Males\n1. Returned home 57 21\n2. Integrated locally 14 6\n",
      ["Returned home:female:57", "Returned home:male:21", "Integrated locally:female:14", "Integrated locally:male:6"]
    ],
    [
      "a label broken over two lines",
      "Work permits, 2015\nMen Women\nPermits issued to seasonal\nworkers 3,310 1,120\nPermits renewed 940 415\n",
      [
        "Permits issued to seasonal workers:male:3310",
        "Permits issued to seasonal workers:female:1120",
        "Permits renewed:male:940",
        "Permits renewed:female:415"
      ]
    ],
    [
      "an indented header under a blank line",
      "Removals in the first half of 2023\n\n    Total   Male   Female\nForced removals 1,045 902 143\nAssisted departures 388 240 148\n",
      [
        "Forced removals:all:1045",
        "Forced removals:male:902",
        "Forced removals:female:143",
        "Assisted departures:all:388",
        "Assisted departures:male:240",
        "Assisted departures:female:148"
      ]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["prose naming the sexes", "Men and women\nwere both counted among the 300 victims.\n"],
    ["a header with no rows under it", "Total Males Females\nThe office counts them every quarter.\n"],
    ["one row alone", "Total Males Females\nBirths 1,100 580 560\nThe rest came later.\n"],
    ["a header of totals only", "Total All\nBirths 1,100 580\nDeaths 540 280\n"],
    ["a header line with other words", "Males and females by region\nNorth 1,100 580\nSouth 540 280\n"]
  ])("reads nothing from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("breakdownHeaderRows", () => {
  const text =
    "Population, births, deaths and migration in the 1st quarter 2011\n  Total Males Females\nPopulation at the end of the quarter 319,100 160,300 158,800\nPopulation at the start of the quarter 318,500 160,000 158,500\nBirths 1,100 580 560\nImmigration 1,200 620 580\n";

  it("dates a row at the end or the start of the period to that day, and the others to the period", () => {
    expect(rows(text, "2011Q1").filter((r) => r.endsWith("|319100") || r.endsWith("|318500"))).toEqual([
      "population|2011-03-31|-|319100",
      "population|2011-01-01|-|318500"
    ]);
    expect(rows(text, "2011Q1").filter((r) => /\|male\|(?:580|620)$/.test(r))).toEqual([
      "births|2011Q1|male|580",
      "immigration|2011Q1|male|620"
    ]);
  });

  it("takes the title's year when no reporting period falls within it", () => {
    const yearly = "Work permits issued in 2019\nMen Women\nSeasonal work 3,200 1,150\nHighly skilled work 840 310\n";
    expect(rows(yearly, "2020")).toHaveLength(4);
    expect(rows(yearly, "2020").every((r) => r.includes("|2019|"))).toBe(true);
  });

  it("reads a country's row as its citizens, counted as the title says", () => {
    const byCountry =
      "Asylum applicants by citizenship, 2020\nTotal Men Women\nSyria 1,204 610 594\nAfghanistan 870 700 170\n";
    expect(
      breakdownHeaderRows(
        readBreakdownHeaderTables(byCountry, 0, byCountry.length),
        byCountry,
        "1",
        parsePeriodLabel("2020")
      )
        .filter((r) => r.sex === "female")
        .map((r) => `${r.indicator}|${r.citizenship}|${r.value}`)
    ).toEqual(["asylum_applications|Syria|594", "asylum_applications|Afghanistan|170"]);
  });

  it("reads no counts from a table of money", () => {
    expect(rows("Remittances in USD million, 2019\nMen Women\nFrom Europe 320 110\nFrom Asia 85 40\n", "2019")).toEqual(
      []
    );
  });
});
