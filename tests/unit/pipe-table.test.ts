import {describe, expect, it} from "vitest";
import {pipeCellsOnLines} from "../../loaders/general/pipe-table-lines.js";
import {rows} from "./read-paragraph.js";

/** "value@period [category]" of the cells a pipe table gives, read as in a release of 2023. */
const cells = (text: string) => rows(text, "2023", "2023-11-07").map((r) => r.replace(/ \S+ \[/, " ["));

describe("pipe tables: a header of periods, rows of a label and figures", () => {
  it.each([
    [
      "years and a span of abbreviated months, a rule line",
      "Admissions of permanent residents\n2020 | 2021 | Jan-Sept 2023 | |\n---|---|---|---|\nEconomic | 106,345 | 252,975 | 218,665 |\nFamily | 49,290 | 81,425 | 61,250 |",
      [
        "106345@2020 [economic]",
        "252975@2021 [economic]",
        "218665@2023-01-01..2023-09-30 [economic]",
        "49290@2020 [family]"
      ]
    ],
    [
      "leading pipes and stocks on days",
      "| Type of permit | 31 Dec. 2023 | 31 Dec. 2024 |\n| Work permits | 37,768 | 48,004 |\n| Occupation permits | 3,403 | 5,019 |",
      ["37768@2023-12-31 [", "48004@2024-12-31 [", "3403@2023-12-31 [occupation permits]"]
    ],
    [
      "days written month first",
      "Residence permits valid\n| | December 31, 2021 | June 30, 2022 |\n|---|---|---|\n| Temporary | 12,004 | 12,950 |\n| Permanent | 8,330 | 8,512 |",
      ["12004@2021-12-31 [temporary]", "12950@2022-06-30 [temporary]", "8512@2022-06-30 [permanent]"]
    ],
    [
      "months of one year",
      "Asylum applications\n| January 2023 | February 2023 | March 2023 |\n|:---|:---:|---:|\n| Received | 1,204 | 1,530 | 1,611 |\n| Decided | 998 | 1,101 | 1,420 |",
      ["1204@2023-01 [received]", "1611@2023-03 [received]", "998@2023-01 [decided]"]
    ],
    [
      "quarters",
      "Removals\nQ1 2023 | Q2 2023 | Q3 2023\nEnforced | 2,113 | 2,402 | 2,560\nVoluntary | 4,120 | 3,988 | 4,301",
      ["2113@2023Q1 [enforced]", "2560@2023Q3 [enforced]", "3988@2023Q2 [voluntary]"]
    ],
    [
      "a total row names no category",
      "Work permits issued\n2021 | 2022 | Jan-Jun 2023\nNew | 5,120 | 6,004 | 3,310\nRenewed | 2,400 | 2,950 | 1,200\nTotal work permits | 7,520 | 8,954 | 4,510",
      ["7520@2021 []", "8954@2022 []", "4510@2023H1 []"]
    ],
    [
      "a web page's footnote link glued to a label",
      "Admissions by category\n2021 | 2022 | Jan-Sept 2023\nEconomic | 252,975 | 255,690 | 218,665\nAll other categoriesFootnote * | 153,040 | 181,900 | 152,475",
      ["153040@2021 [all other categories]", "152475@2023-01-01..2023-09-30 [all other categories]"]
    ],
    [
      "a change column naming the span it runs over",
      "| Type of permit | 31 Dec. 2023 | 31 Oct. 2025 | Change 2023-2025 (%) |\n| Work permits | 37,768 | 47,680 | 26% |\n| Young professionals | 44 | 77 | 75% |",
      ["26@2023-12-31..2025-10-31 [", "77@2025-10-31 [young professionals]"]
    ],
    [
      "a change column of no span is the last column's",
      "Deportations\n| Jan-Mar 2023 | Jan-Mar 2024 | % change |\n| Men | 410 | 502 | 22.4 |\n| Women | 120 | 131 | 9.2 |",
      ["502@2024Q1 [", "22.4@2024Q1 ["]
    ],
    [
      "a half year and a total column",
      "Remittances recorded\n| Total 2023 | June 2023 |\n| Inflows | 4120 | 1388 |\n| Outflows | 3904 | 1275 |",
      ["4120@2023H1 [inflows]", "1388@2023-06 [inflows]", "1275@2023-06 [outflows]"]
    ],
    [
      "a table under a sentence",
      "The figures are as follows.\n| 2019 | 2020 | 2021 |\n| Victims identified | 51 | 63 | 72 |\n| Traffickers convicted | 12 | 9 | 14 |",
      ["51@2019 [", "72@2021 [", "14@2021 ["]
    ]
  ])("%s", (_name, text, expected) => {
    const got = cells(text);
    for (const e of expected)
      expect(
        got.some((g) => g.startsWith(e)),
        `${e} in ${got.join("; ")}`
      ).toBe(true);
  });
});

describe("pipe tables: what they are not", () => {
  it.each([
    ["one line of page chrome", "Source: National Reserve Bank | Banks | Foreign Exchange Dealers\nRemittances rose."],
    ["a table of names, no periods", "| Name | Office |\n| Ministry of Labour | Permits |\n| Police | Visas |"],
    [
      "a header of labels only",
      "| Nationality | Province | Total |\n| Burundi | Eastern | 29,891 |\n| Congo | Western | 13,304 |"
    ],
    ["a change column of words", "| 2021 | 2022 | Change rate |\n| Arrivals | 5,120 | 6,004 |"]
  ])("%s", (_name, text) => {
    expect(cells(text).filter((r) => /@20\d\d/.test(r) && !/^\d+@2023 /.test(r))).toEqual([]);
  });

  it("keeps every offset: the rewrite is as long as the text", () => {
    const text = "Title\n| 2020 | 2021 |\n|---|---|\n| Economic | 1 | 2 |\nNot | a table";
    const out = pipeCellsOnLines(text);
    expect(out.length).toBe(text.length);
    expect(out.split("\n").at(-1)).toBe("Not | a table");
    expect(out).toContain("Economic   1   2");
  });

  it("leaves text with no pipes as it is", () => {
    const text = "In 2021, 5,120 work permits were issued.";
    expect(pipeCellsOnLines(text)).toBe(text);
  });
});
