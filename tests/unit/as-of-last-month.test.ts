import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "24,966 foreign workers were working legally as of last December": a count that stood at the end of the latest
// such month before the document's, and people at work on a day are a stock of workers.
describe("a stock as of last <month>", () => {
  it.each([
    [
      "According to the Ministry, 24,966 foreign workers were working legally as of last December.",
      "2024-05-01",
      "24966@2023-12-31 foreign_workers_present"
    ],
    [
      "The number of legal foreign workers as of last December is 24,966.",
      "2024-05-01",
      "24966@2023-12-31 foreign_workers_present"
    ],
    [
      "As of last December, 3,500 refugees were living in the country.",
      "2024-05-01",
      "3500@2023-12-31 refugees_hosted"
    ],
    ["As of last March, 3,500 refugees were living in the country.", "2024-05-01", "3500@2024-03-31 refugees_hosted"],
    ["As of last May, 3,500 refugees were living in the country.", "2024-05-20", "3500@2023-05-31 refugees_hosted"],
    ["As at last June, 3,500 refugees were living in the country.", "2024-08-01", "3500@2024-06-30 refugees_hosted"],
    [
      "As of the end of last September, 3,500 refugees were living in the country.",
      "2024-02-01",
      "3500@2023-09-30 refugees_hosted"
    ],
    [
      "Some 12,000 migrant workers were working in the country as of last June.",
      "2024-08-01",
      "12000@2024-06-30 foreign_workers_present"
    ],
    [
      "About 8,000 foreign workers are working in the country.",
      "2024-08-01",
      "8000@2024-08-01 foreign_workers_present"
    ],
    [
      "Ministry data show 5,120 expatriate workers were currently working on the islands.",
      "2024-08-01",
      "5120@2024-08-01 foreign_workers_present"
    ]
  ])("%s", (sentence, date, expected) => {
    expect(rows(sentence, "2023", date).map((r) => r.replace(/ \[.*\]$/, ""))).toContain(expected);
  });

  it.each([
    // A day after the month names the day itself, not the month's end.
    ["As of Sept. 28, there are 4.74 million foreigners with legal status.", "2023-10-01", "4740000@2023-09-30"],
    // "as of May" alone may close the year's flow to date: no stock on the month's last day.
    ["This year, as of May, remittances from Australia reached AUD 8.09 M.", "2019-06-10", "8090000@2019-05-31"],
    // Workers who went abroad to work are no stock of workers in the country.
    [
      "Some 4,000 migrant workers left to work abroad as of last June.",
      "2024-08-01",
      "4000@2024-06-30 foreign_workers_present"
    ]
  ])("%s", (sentence, date, forbidden) => {
    const read = rows(sentence, "2023", date);
    expect(read.length).toBeGreaterThan(0);
    expect(read.some((r) => r.startsWith(forbidden))).toBe(false);
  });
});

// "legal immigrants … at the end of last September reached over 1,8 million": "at the end of" a month named with
// "last" is that month's last day too; "by the end of" may close a running total, so it keeps the month.
describe("a stock at the end of last <month>", () => {
  it.each([
    [
      "The number of legal immigrants in Spain at the end of last September reached 1.8 million.",
      "2004-11-17",
      "1800000@2004-09-30"
    ],
    ["At the end of last September, 3,500 refugees were living in the country.", "2024-02-01", "3500@2023-09-30"],
    ["At the end of last March, 3,500 refugees were living in the country.", "2024-05-01", "3500@2024-03-31"],
    ["At the end of last June, 12,000 foreign workers were working in the country.", "2024-08-01", "12000@2024-06-30"],
    ["The number of foreign residents stood at 24,966 at the end of last December.", "2024-05-01", "24966@2023-12-31"],
    ["At the end of last May, 3,500 refugees were living in the country.", "2024-05-20", "3500@2023-05-31"],
    ["At the end of last November, the refugee population reached 41,200.", "2024-02-10", "41200@2023-11-30"],
    ["Registered foreigners numbered 90,400 at the end of last January.", "2024-03-15", "90400@2024-01-31"],
    [
      "At the end of last August, 5,120 expatriate workers were working on the islands.",
      "2024-10-01",
      "5120@2024-08-31"
    ],
    ["At the end of last October, 7,800 asylum seekers remained in the country.", "2024-12-05", "7800@2024-10-31"]
  ])("%s", (sentence, date, expected) => {
    expect(rows(sentence, "2023", date).map((r) => r.replace(/ [a-z_]+ \[.*\]$/, ""))).toContain(expected);
  });

  it("by the end of last <month> keeps the month a running total reached", () => {
    expect(rows("By the end of last September, 1,200 migrants had been deported.", "2004", "2004-11-17")).toEqual([
      "1200@2004-09 deportations []"
    ]);
  });
});
