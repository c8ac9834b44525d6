import {describe, expect, it} from "vitest";
import {bulletBreaks} from "../../loaders/general/bullet-breaks.js";
import {splitSentences} from "../../loaders/general/split-sentences.js";
import {findPeriods} from "../../loaders/periods/parse-period.js";
import {stockDates} from "../../loaders/general/resolve-stock-date.js";
import {rows} from "./read-paragraph.js";

describe("bulletBreaks", () => {
  it.each([
    ["Facts: • In 2020, 89 moved; • In 2012, 40 moved.", 2],
    ["Facts: ▪ One; ▪ Two; ▪ Three", 3],
    ["● First item ● Second item", 2],
    ["• Only one item", 1],
    ["Figures ► 12 permits ► 14 visas", 2]
  ])("%s", (text, n) => expect(bulletBreaks(text)).toHaveLength(n));

  it("breaks where the item's words begin", () => {
    const text = "Facts: • In 2020, 89 moved";
    expect(bulletBreaks(text)).toEqual([text.indexOf("In")]);
  });

  it.each(["No bullets here; just clauses.", "A dot · between words", "Items:•glued", "- a dash item"])(
    "finds none in %j",
    (text) => expect(bulletBreaks(text)).toEqual([])
  );
});

describe("items of a bulleted list of facts", () => {
  it("each take their own period", () => {
    const text =
      "We share the facts: • In 2020, 725 persons were admitted to citizenship by naturalization; • In 2012, 2,213 persons were admitted to citizenship; • 769 visas were issued in 2020.";
    expect(rows(text, "2020", "2021")).toEqual([
      "725@2020 citizenship_granted []",
      "2213@2012 citizenship_granted []",
      "769@2020 visas_issued []"
    ]);
  });
});

describe("year ranges to the end of a year", () => {
  it.each([
    ["from 1992 to the end of 2020", "1992-2020"],
    ["from 2015 through 2018", "2015-2018"],
    ["from 2010 until 2019", "2010-2019"],
    ["from 2001 till the end of 2004", "2001-2004"],
    ["From 1998 to 2021", "1998-2021"],
    ["2015–2018", "2015-2018"]
  ])("%s → %s", (text, label) => expect(findPeriods(text).map((p) => p.period.label)).toEqual([label]));
});

describe("counts on the last day of a year", () => {
  it.each([
    [
      "From the beginning of the naturalization process until the end of 2020, 148,478 applications were received",
      "2020-12-31"
    ],
    ["Since the start of the programme up to the end of 2019, 3,000 persons returned", "2019-12-31"],
    ["as at the end of 2021, 12,000 foreigners held permits", "2021-12-31"],
    ["As of the end of 2018, 9,100 persons were registered", "2018-12-31"],
    ["From the launch of the scheme to the end of 2022, 500 visas were issued", "2022-12-31"]
  ])("%s", (text, day) => expect(stockDates(text, "2023").map((f) => f.period.label)).toEqual([day]));

  it.each([
    // A year range is a span, not a day.
    "In the period from 1992 to the end of 2020, 120,630 permits were issued",
    // An event at a year's end dates no count.
    "At the end of 2020 the law was amended",
    "Until the end of 2020 applications were accepted on paper"
  ])("reads no day in %j", (text) => expect(stockDates(text, "2023")).toEqual([]));

  it("dates a running total since an event on the year's last day", () => {
    expect(
      rows(
        "From the beginning of the naturalization process until the end of 2020, 148,478 naturalization applications have been received.",
        "2020",
        "2021"
      )
    ).toEqual(["148478@2020-12-31 citizenship_applications []"]);
  });
});

describe("items of a bulleted list that end in a figure with no stop", () => {
  // The next item's bullet once ended the item before it, so a figure at its end was never read.
  it.each([
    [
      "Key figures.\n\n• Asylum applications lodged: 3,120\n\n• Work permits issued: 4,500\n\n• Migrants deported: 612",
      [3120, 4500, 612]
    ],
    ["Main facts.\n• Victims identified: 57\n• Traffickers convicted: 12\n• Cases investigated: 33", [57, 12, 33]],
    ["Summary.\n\n● Foreigners expelled: 1,402\n\n● Foreigners detained: 251", [1402, 251]],
    ["In brief, the year.\n\n• Total migrants returned – 2,304\n\n• Total migrants assisted – 1,876", [2304, 1876]],
    [
      "Figures for the month.\n\n• Total Syrians registered: 275,465\n\n• Total Syrians awaiting registration: 57,037",
      [275465, 57037]
    ],
    ["Overview.\n\n■ Visas issued: 14,200\n\n■ Visas refused: 1,320", [14200, 1320]],
    ["The year in numbers.\n\n• Persons granted citizenship: 725\n\n• Persons granted asylum: 213", [725, 213]],
    ["Operations.\n\n• Migrants rescued at sea: 3,410\n\n• Migrants disembarked: 3,102", [3410, 3102]],
    ["Statistics.\n\n► Deportations carried out: 4,870\n\n► Readmission requests received: 530", [4870, 530]],
    ["Results.\n\n• Victims of trafficking assisted: 140\n\n• Victims of trafficking repatriated: 46", [140, 46]],
    [
      "Facts.\n\n• Refugees returned home: 9,870\n\n• Refugees resettled: 1,020\n\n• Refugees naturalised: 77",
      [9870, 1020, 77]
    ]
  ])("%j reads every item", (text, values) => {
    expect(rows(text, "2020", "2021").map((r) => Number(r.split("@")[0]))).toEqual(values);
  });

  it.each([
    ["Notes.\n\n• See page 12\n\n• Phone: 2,304", []],
    ["Contents.\n\n• Chapter 3\n\n• Annex 2", []]
  ])("%j reads no figure that counts nothing", (text, values) => {
    expect(rows(text, "2020", "2021")).toEqual(values);
  });

  it("ends the item before the next item's bullet", () => {
    const text = "Intro.\n\n• Victims identified: 57\n\n• Traffickers convicted: 12";
    const f = text.replace(/\s+/g, " ");
    expect(splitSentences(f, bulletBreaks(f)).map(([s, e]) => f.slice(s, e))).toEqual([
      "Intro.",
      "Victims identified: 57",
      "Traffickers convicted: 12"
    ]);
  });
});
