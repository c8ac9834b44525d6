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
