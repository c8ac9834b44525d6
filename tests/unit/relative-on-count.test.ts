import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "37,437 work permits in effect …, which is up by 465 since March": a relative clause on a stated count dates the
// change it states, never the count, which keeps the day it was counted on.
describe("a period in a relative clause on a count", () => {
  it.each([
    [
      "As of 18 April, there were 37,437 work permits in effect in the Cayman Islands, which is up by 465 since March.",
      "37437@2024-04-18 work_permits_valid [Cayman Islands]"
    ],
    [
      "On 30 June, 12,400 refugees were living in the camps, which is an increase of 800 since January.",
      "12400@2024-06-30 refugees_hosted []"
    ],
    [
      "By 31 December, 48,200 work permits were valid, which was up by 2,000 since the start of the year.",
      "48200@2024-12-31 work_permits_valid []"
    ],
    [
      "As of 15 March, 9,870 residence permits were in force across the country, which is down by 120 since February.",
      "9870@2024-03-15 residence_permits_valid []"
    ],
    [
      "As of 18 April, 3,300 Filipinos held work permits, which is up by 65 since March.",
      "3300@2024-04-18 work_permits_valid []"
    ],
    [
      "As of 30 September, 15,200 work permits were valid, which is up by 300 since July.",
      "15200@2024-09-30 work_permits_valid []"
    ],
    [
      "As of 31 May, 4,480 asylum seekers were registered, which is 230 more since April.",
      "4480@2024-05-31 asylum_applications []"
    ],
    [
      "On 1 March, there were 8,900 refugees in the country, which was an increase of 150 since January.",
      "8900@2024-03-01 refugees_hosted []"
    ],
    [
      "As of 20 November, 2,760 residence permits were valid, which is down by 40 since October.",
      "2760@2024-11-20 residence_permits_valid []"
    ],
    [
      "As of 30 June, 11,000 work permits were valid in the islands, which was up by 1,000 since the start of the year.",
      "11000@2024-06-30 work_permits_valid []"
    ],
    [
      "As of 31 August, 6,050 refugees were hosted in the country, which is up by 110 since June.",
      "6050@2024-08-31 refugees_hosted []"
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2024", "2024-12-31")[0]).toBe(expected);
  });

  // A period before the relative clause, or a clause of its own, still dates the count.
  it.each([
    ["There were 4,997 arrivals in May, which was the lowest in a year.", "4997@2024-05 border_crossings []"],
    [
      "The government issued 6,120 work permits in 2023, which was more than expected.",
      "6120@2023 work_permits_issued []"
    ],
    [
      "In March, 1,200 asylum applications were lodged, which is 100 more than in February.",
      "1200@2024-03 asylum_applications []"
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2024", "2024-12-31")[0]).toBe(expected);
  });
});
