import {describe, expect, it} from "vitest";
import {readYearHeaderTables} from "../../loaders/general/read-year-header-tables.js";
import {yearHeaderRows} from "../../loaders/general/year-header-rows.js";

/** Each row as "group/label:cells[:change]", a total marked "=". */
const read = (text: string) =>
  readYearHeaderTables(text, 0, text.length).flatMap((t) =>
    t.rows.map(
      (r) =>
        `${r.group ?? "-"}/${r.total ? "=" : ""}${r.part ? "~" : ""}${r.label}:${r.cells
          .map((c) => `${c.period.label}=${c.value}`)
          .join(",")}${r.change ? `:${r.change.value}` : ""}`
    )
  );

describe("grouped tables under a header of years", () => {
  it.each([
    [
      "a statistics office's passenger table: group headings, a part row, an unlabelled total, a footnoted header",
      "Passenger traffic, 2017 and 2018\n\n2017 2018 1 % Change\n\nArrivals by\n\nAir 1,727,316 1,790,292 + 3.6\n\nSea 53,705 71,997 + 34.1\n\nof which Cruise travellers 49,355 67,515 + 36.8\n\n\n1,781,021 1,862,289 + 4.6\n\nDepartures by\n\nAir 1,725,057 1,789,398 + 3.7\n\nSea 52,238 70,299 + 34.6\n\nTotal 1,777,295 1,859,697 + 4.6\n\n1 Provisional\n",
      [
        "Arrivals by/Air:2017=1727316,2018=1790292:3.6",
        "Arrivals by/Sea:2017=53705,2018=71997:34.1",
        "Arrivals by/~Cruise travellers:2017=49355,2018=67515:36.8",
        "Arrivals by/=Total:2017=1781021,2018=1862289:4.6",
        "Departures by/Air:2017=1725057,2018=1789398:3.7",
        "Departures by/Sea:2017=52238,2018=70299:34.6",
        "Departures by/Total:2017=1777295,2018=1859697:4.6"
      ]
    ],
    [
      "a ministry's table with a change column after the years and signed falls",
      "Removals 2020 2021 Change (%)\nForced returns 4,210 3,684 -12.5\nVoluntary returns 1,905 2,230 +17.1\nTotal 6,115 5,914 -3.3\n",
      [
        "-/Forced returns:2020=4210,2021=3684:-12.5",
        "-/Voluntary returns:2020=1905,2021=2230:17.1",
        "-/Total:2020=6115,2021=5914:-3.3"
      ]
    ],
    [
      "a group heading ending in a colon and an unlabelled sum of two rows",
      "2022 2023 % change\nAsylum applications:\nMen 3,120 3,480 + 11.5\nWomen 1,410 1,602 + 13.6\n4,530 5,082 + 12.2\n",
      [
        "Asylum applications/Men:2022=3120,2023=3480:11.5",
        "Asylum applications/Women:2022=1410,2023=1602:13.6",
        "Asylum applications/=Total:2022=4530,2023=5082:12.2"
      ]
    ],
    [
      "an asterisk marking provisional figures and a variation column",
      "Work permits issued, 2018 and 2019\n2018 2019* Variation %\nNew permits 8,214 9,032 10.0\nRenewals 5,570 5,104 -8.4\n* Provisional data\n",
      ["-/New permits:2018=8214,2019=9032:10", "-/Renewals:2018=5570,2019=5104:-8.4"]
    ],
    [
      "a sign standing apart from its figure and a figure with a percent sign",
      "2015 2016 2017 % change\nDetected victims 312 355 401 + 13.0%\nSuspects arrested 120 98 143 - 45.9%\n",
      ["-/Detected victims:2015=312,2016=355,2017=401:13", "-/Suspects arrested:2015=120,2016=98,2017=143:-45.9"]
    ],
    [
      "groups headed by a bare noun, each closed by a Total row",
      "2019 2020\nRefusals of entry\nAt airports 1,220 410\nAt land borders 3,450 1,980\nTotal 4,670 2,390\nExpulsions\nAdministrative 620 540\nJudicial 85 71\nTotal 705 611\n",
      [
        "Refusals of entry/At airports:2019=1220,2020=410",
        "Refusals of entry/At land borders:2019=3450,2020=1980",
        "Refusals of entry/Total:2019=4670,2020=2390",
        "Expulsions/Administrative:2019=620,2020=540",
        "Expulsions/Judicial:2019=85,2020=71",
        "Expulsions/Total:2019=705,2020=611"
      ]
    ],
    [
      "an 'including' part row under a whole",
      "2016 2017\nResidence permits granted 14,200 15,800\nincluding Family reunification 3,100 3,450\nStudy permits 2,050 2,210\n",
      [
        "-/Residence permits granted:2016=14200,2017=15800",
        "-/~Family reunification:2016=3100,2017=3450",
        "-/Study permits:2016=2050,2017=2210"
      ]
    ],
    [
      "space-grouped thousands beside a change column",
      "2020 2021 % Change\nBy air\nArrivals 1 204 330 1 512 004 + 25.6\nDepartures 1 198 120 1 490 877 + 24.4\n",
      ["By air/Arrivals:2020=1204330,2021=1512004:25.6", "By air/Departures:2020=1198120,2021=1490877:24.4"]
    ],
    [
      "a footnoted header with no change column",
      "Persons granted protection\n2018 2019 2\nRefugee status 2,844 3,105\nSubsidiary protection 1,207 990\n2 Preliminary figures\n",
      ["-/Refugee status:2018=2844,2019=3105", "-/Subsidiary protection:2018=1207,2019=990"]
    ],
    [
      "a German-style comma decimal in the change column",
      "2021 2022 Veränderung % \nEntries 12,450 13,870 +11,4\nExits 9,950 10,020 +0,7\n",
      []
    ]
  ])("%s", (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads a comma decimal change when the header marks the column in English", () => {
    expect(read("2021 2022 Change %\nEntries 12,450 13,870 +11,4\nExits 9,950 10,020 +0,7\n")).toEqual([
      "-/Entries:2021=12450,2022=13870:11.4",
      "-/Exits:2021=9950,2022=10020:0.7"
    ]);
  });

  it.each([
    [
      "a total column after the years",
      "Victims identified by form of exploitation\n2016 2017 2018 Total\nSexual exploitation 120 135 160 415\nForced labour 45 52 61 158\n",
      [
        "-/Sexual exploitation:2016=120,2017=135,2018=160,2016-2018=415",
        "-/Forced labour:2016=45,2017=52,2018=61,2016-2018=158"
      ]
    ],
    [
      "a cumulative column with space-grouped thousands",
      "Asylum applications lodged\n2020 2021 Cumulative\nFirst applications 12 410 14 002 26 412\nSubsequent applications 1 204 1 330 2 534\n",
      [
        "-/First applications:2020=12410,2021=14002,2020-2021=26412",
        "-/Subsequent applications:2020=1204,2021=1330,2020-2021=2534"
      ]
    ]
  ])("reads %s", (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("names a group's rows after the group and its percent changes as percent", () => {
    const text = "2017 2018 % Change\nArrivals by\nAir 1,727,316 1,790,292 + 3.6\nSea 53,705 71,997 + 34.1\n";
    const rows = yearHeaderRows(readYearHeaderTables(text, 0, text.length), text, "1");
    expect(rows.map((r) => `${r.indicator}:${r.period.label}:${r.value}:${r.unit}:${r.category}`)).toEqual([
      "border_crossings_change_pct:2018:3.6:percent:air",
      "border_crossings:2017:1727316:persons:air",
      "border_crossings:2018:1790292:persons:air",
      "border_crossings_change_pct:2018:34.1:percent:sea",
      "border_crossings:2017:53705:persons:sea",
      "border_crossings:2018:71997:persons:sea"
    ]);
  });

  it("ends the table at an unlabelled row that is no sum of its group", () => {
    expect(read("2019 2020\nDetentions\nAdults 410 388\nMinors 52 47\n120 130\n")).toEqual([
      "Detentions/Adults:2019=410,2020=388",
      "Detentions/Minors:2019=52,2020=47"
    ]);
  });

  it("reads no change column a header does not mark, nor a decimal as a count", () => {
    expect(read("2019 2020\nReturns 410 388 5.4\nTransfers 52 47 9.6\n")).toEqual([]);
  });

  it.each([
    [
      "a list of years in prose",
      "The law was amended in 2015, 2016 and 2018.\nSince then 2,400 permits were issued.\n"
    ],
    ["a page footer after a run of years", "2019 2020\nPage 3 of 12\n"],
    ["a date line", "Sofia, January 21, 2019\n2019 2020 2021\n"],
    ["a line of years followed by prose", "2017 2018 2019\nThe figures rose every year by about 10 %.\n"],
    ["a footnote mark with no table under it", "2017 2018 1\n1 Provisional\n"]
  ])("reads nothing from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
