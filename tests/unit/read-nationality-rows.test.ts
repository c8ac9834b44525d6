import {describe, expect, it} from "vitest";
import {nationalityRows, nationalityTables} from "../../loaders/general/read-nationality-rows.js";

/** "citizenship value period" of the rows of the tables in a text. */
function rows(text: string, date = "2022-11-23"): string[] {
  return nationalityTables(text, 0, text.length).flatMap((t) =>
    nationalityRows(t, text, date, "1").map((r) => `${r.citizenship ?? "total"} ${r.value} ${r.period.label}`)
  );
}

const table = (heading: string, body: string) => `The breakdown is tabulated below:\n${heading}\n${body}`;

describe("tables by nationality, one row per line", () => {
  it.each([
    [
      "NationalityNumber of claimants\n(as at September 2022)",
      "Vietnamese3,056\nIndonesian2,470\nOthers1,135\nTotal6,661",
      ["Vietnam 3056 2022-09-30", "Indonesia 2470 2022-09-30", "Others 1135 2022-09-30", "total 6661 2022-09-30"]
    ],
    [
      "Nationality Number of asylum seekers (as at June 2021)",
      "Syrian 412\nAfghan 388\nIraqi 120",
      ["Syria 412 2021-06-30", "Afghanistan 388 2021-06-30", "Iraq 120 2021-06-30"]
    ],
    [
      "Number of claimants as of 31 March 2020",
      "Pakistan\t1,020\nIndia\t990\nBangladesh\t45\nTotal\t2,055",
      ["Pakistan 1020 2020-03-31", "India 990 2020-03-31", "Bangladesh 45 2020-03-31", "total 2055 2020-03-31"]
    ],
    [
      "Country of origin / number of asylum seekers (as at end-December 2019)",
      "Eritrea 5,100\nSudan 3,200\nEthiopia 700\nOther countries 950",
      ["Eritrea 5100 2019-12-31", "Sudan 3200 2019-12-31", "Ethiopia 700 2019-12-31", "Others 950 2019-12-31"]
    ],
    [
      "Number of claimants (as at May 2022)",
      "Sri Lankan298\nNigerian236\nNepali312",
      ["Sri Lanka 298 2022-05-31", "Nigeria 236 2022-05-31", "Nepal 312 2022-05-31"]
    ]
  ])("%s", (heading, body, expected) => expect(rows(table(heading, body))).toEqual(expected));

  it("finds the rows glued or spaced, with their offsets on the numbers", () => {
    const text = "Number of claimants (as at May 2022)\nFilipino1,343\nThai 77\nKorean 12";
    const [t] = nationalityTables(text, 0, text.length);
    expect(t.rows.map((r) => text.slice(r.start, r.end))).toEqual(["1,343", "77", "12"]);
  });

  it.each([
    ["a heading with no period", "Number of claimants", "Vietnamese3,056\nIndonesian2,470\nPakistani2,395"],
    [
      "a heading that counts nothing known",
      "Nationality (as at September 2022)",
      "Vietnamese3,056\nIndonesian2,470\nPakistani2,395"
    ],
    ["fewer than three rows", "Number of claimants (as at May 2022)", "Vietnamese3,056\nIndonesian2,470"],
    [
      "rows that are no countries",
      "Number of claimants (as at May 2022)",
      "Kowloon 3,056\nSha Tin 2,470\nTsuen Wan 2,395"
    ],
    [
      "lines of prose",
      "Number of claimants (as at May 2022)",
      "Vietnam reported 3,056\nIndonesia has 2,470 more\nPakistan 2,395 and rising"
    ]
  ])("nothing from %s", (_, heading, body) => expect(rows(table(heading, body))).toEqual([]));
});
