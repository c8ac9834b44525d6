import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A quarterly release on 2009Q3, published in November 2009.
const read = (text: string) => rows(text, "2009Q3", "2009-11").map((r) => r.split(" ")[0]);

describe("a stock stated with no day of its own is on the one day the document counts its stocks on", () => {
  it.each([
    [
      "There are 17,982 foreign workers in the country. Estimates of the foreign workforce are as at end of September 2009.",
      "17982"
    ],
    ["The refugee population stands at 4,500. Figures as at 30 September 2009.", "4500"],
    ["Figures are as of 30 September 2009. The number of foreign workers stood at 17,982.", "17982"],
    ["The country hosts 4,500 refugees. Data as at 30 September 2009.", "4500"],
    ["Statistics show 4,500 refugees living in the country. The data are as at 30 September.", "4500"],
    ["There were 604 persons in detention. All figures as at 30 September 2009.", "604"],
    ["The foreign population amounted to 4,500. The estimates are as of September 30, 2009.", "4500"],
    ["About 4,500 refugees live in the country, according to figures as at end-September 2009.", "4500"],
    [
      "The number of valid work permits stood at 17,982, according to estimates as at the end of September 2009.",
      "17982"
    ],
    [
      "There were 17,982 expatriate workers in the country, the report said. The figures are as at end of September 2009.",
      "17982"
    ]
  ])("%s", (text, value) => {
    expect(read(text)).toEqual([`${value}@2009-09-30`]);
  });

  it.each([
    // Two days: which one a stock is on is not said.
    "The refugee population stands at 4,500. Figures as at 30 September 2009 and as at 31 August 2009.",
    // A day more than a year before the document.
    "The refugee population stands at 4,500. Figures as at 30 September 2007.",
    // "On" dates an event, not a count.
    "The refugee population stands at 4,500. On 30 September 2009 the minister visited the camp."
  ])("stays on the document's own date otherwise: %s", (text) => {
    expect(read(text)).toEqual(["4500@2009-11"]);
  });
});
