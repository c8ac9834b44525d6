import {describe, expect, it} from "vitest";
import {readYearHeaderTables} from "../../loaders/general/read-year-header-tables.js";
import {yearHeaderRows} from "../../loaders/general/year-header-rows.js";

/** Each cell as "label:period:value". */
const read = (text: string) =>
  readYearHeaderTables(text, 0, text.length).flatMap((t) =>
    t.rows.flatMap((r) => r.cells.map((c) => `${r.label}:${c.period.label}:${c.value}`))
  );

const EXPECTED = [
  "Temporary residence permits:2017:12345",
  "Temporary residence permits:2018:13456",
  "Temporary residence permits:2019:14567",
  "Permanent residence permits:2017:3233",
  "Permanent residence permits:2018:3073",
  "Permanent residence permits:2019:3220"
];

describe("readYearHeaderTables", () => {
  it.each([
    [
      "a row to a line",
      "Residence permits issued\n2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\nPermanent residence permits 3 233 3 073 3 220\n"
    ],
    [
      "blank lines between rows",
      "2017 2018 2019\n\nTemporary residence permits 12 345 13 456 14 567\n\nPermanent residence permits 3 233 3 073 3 220\n\n"
    ],
    [
      "a titled header line",
      "Type of permit / period 2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\nPermanent residence permits 3 233 3 073 3 220\n"
    ],
    [
      "everything on one line",
      "Type of permit 2017 2018 2019 Temporary residence permits 12 345 13 456 14 567 Permanent residence permits 3 233 3 073 3 220"
    ],
    [
      "comma-grouped thousands",
      "2017 2018 2019\nTemporary residence permits 12,345 13,456 14,567\nPermanent residence permits 3,233 3,073 3,220\n"
    ],
    [
      "numbered rows",
      "2017 2018 2019\n1. Temporary residence permits 12 345 13 456 14 567\n2. Permanent residence permits 3 233 3 073 3 220\n"
    ],
    [
      "a header repeated after a page break",
      "2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\n 2017 2018 2019\nPermanent residence permits 3 233 3 073 3 220\n"
    ],
    [
      "prose after the table",
      "2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\nPermanent residence permits 3 233 3 073 3 220\n12. In 2020, 4 persons were expelled.\n"
    ],
    [
      "an indented table",
      "   2017 2018 2019 \n   Temporary residence permits 12 345 13 456 14 567 \n   Permanent residence permits 3 233 3 073 3 220 \n"
    ],
    [
      "a mixed-case header label",
      "Permits 2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\nPermanent residence permits 3 233 3 073 3 220\n"
    ]
  ])("reads %s", (_, text) => {
    expect(read(text)).toEqual(EXPECTED);
  });

  it("passes over a row of shares between rows of counts", () => {
    const text =
      "2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\nShare of women 45% 47,5% 48%\nPermanent residence permits 3 233 3 073 3 220\n";
    expect(read(text)).toEqual(EXPECTED);
  });

  it("reads a closing half-year column and a label broken over two lines", () => {
    const text =
      " 2016 2017 2018 1st half of 2019 \n\nNumber of foreigners and stateless persons \n\narriving in the country 2 242 783 2 692 219 2 845 697 1 409 724 \n\nExtension of temporary staying period 358 550 418 245 \n";
    expect(read(text)).toEqual([
      "Number of foreigners and stateless persons arriving in the country:2016:2242783",
      "Number of foreigners and stateless persons arriving in the country:2017:2692219",
      "Number of foreigners and stateless persons arriving in the country:2018:2845697",
      "Number of foreigners and stateless persons arriving in the country:2019H1:1409724",
      "Extension of temporary staying period:2016:358",
      "Extension of temporary staying period:2017:550",
      "Extension of temporary staying period:2018:418",
      "Extension of temporary staying period:2019H1:245"
    ]);
  });

  it("picks the split whose cells are of one magnitude", () => {
    const text = "Countries 2016 2017 2018\nRussian Federation 237 652 682 763 727 440\nTurkey 63 304 67 880 79 512\n";
    expect(read(text)).toEqual([
      "Russian Federation:2016:237652",
      "Russian Federation:2017:682763",
      "Russian Federation:2018:727440",
      "Turkey:2016:63304",
      "Turkey:2017:67880",
      "Turkey:2018:79512"
    ]);
  });

  it("names rows by the registry with the title's words, and makes a Total row no part", () => {
    const text =
      "Residence permits issued\n2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\nPermanent residence permits 3 233 3 073 3 220\nTotal 15 578 16 529 17 787\n";
    const rows = yearHeaderRows(readYearHeaderTables(text, 0, text.length), text, "10");
    expect(rows.map((r) => `${r.indicator}:${r.category}:${r.period.label}:${r.value}`).slice(0, 4)).toEqual([
      "temporary_residence_permits_issued:null:2017:12345",
      "temporary_residence_permits_issued:null:2018:13456",
      "temporary_residence_permits_issued:null:2019:14567",
      "permanent_residence_permits_issued:null:2017:3233"
    ]);
    expect(rows.filter((r) => r.value === 17787).map((r) => r.category)).toEqual([null]);
  });

  it("reads a table of money in the currency and scale its title states, by the country the money came from", () => {
    const text =
      "Remittances in thousand USD\nCountries 2016 2017 2018\nRussian Federation 237 652 682 763 727 440\nTurkey 63 304 67 880 79 512\n";
    const tables = readYearHeaderTables(text, 0, text.length);
    expect(tables).toHaveLength(1);
    expect(
      yearHeaderRows(tables, text, "1").map((r) => `${r.indicator}:${r.country}:${r.period.label}:${r.value} ${r.unit}`)
    ).toEqual([
      "remittances:Russian Federation:2016:237652000 USD",
      "remittances:Russian Federation:2017:682763000 USD",
      "remittances:Russian Federation:2018:727440000 USD",
      "remittances:Turkey:2016:63304000 USD",
      "remittances:Turkey:2017:67880000 USD",
      "remittances:Turkey:2018:79512000 USD"
    ]);
  });

  it("reads no rows from a table of money in no stated scale", () => {
    const text =
      "Remittances in USD\nCountries 2016 2017 2018\nRussian Federation 237 652 682 763 727 440\nTurkey 63 304 67 880 79 512\n";
    const tables = readYearHeaderTables(text, 0, text.length);
    expect(tables).toHaveLength(1);
    expect(yearHeaderRows(tables, text, "1")).toEqual([]);
  });

  it.each([
    ["a list of law numbers on one line", "Laws 2015 2016 2017 Nos. 126 128 and 130 were adopted. Law No. 3 4 5\n"],
    ["paragraph numbers", "2017 2018 2019\nparagraphs 16 18 19\nparagraphs 20 21 22\n"],
    ["a sentence with years", "In 2016 2017 and 2018, 1 200 persons applied.\n"],
    ["a single row", "2017 2018 2019\nTemporary residence permits 12 345 13 456 14 567\n"],
    ["a row that splits more than one way", "2017 2018\nPermits 100 200 300\nVisas 400 500 600\n"],
    [
      "an age label ending in a number",
      "2017 2018 2019\nChildren under 18 12 345 13 456\nAdults over 18 3 233 3 073\n"
    ],
    ["labels that all stand before the figures", "2017 2018\nMen\nWomen\n1 200\n950\n1 340\n1 010\n"],
    ["rows with too few figures", "2017 2018 2019\nTemporary permits 12 345\nPermanent permits 3 233\n"],
    [
      "years that do not rise",
      "2019 2018 2017\nTemporary permits 12 345 13 456 14 567\nPermanent permits 3 233 3 073 3 220\n"
    ],
    ["a resolution list", "Resolutions 2005 2006 2007: 60/147, 61/180 and 62/134; see paragraphs 45 to 52.\n"],
    ["symbols of documents", "CCPR/C/LVA/2002/2 2003 2004\nCERD/C/LVA/10-12 and CMW/C/AZE/3\n"]
  ])("reads no table from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });
});
