import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A press item of November 2018 whose first sentence names the amount it goes on to restate.
const LEAD = "Remittances grew 10% in the first nine months of the year.";
const read = (text: string) => rows(`${LEAD} ${text}`, "2018", "2018-11-01");

describe("an amount named again by a pronoun after a reporting verb", () => {
  it.each([
    "The Central Bank reports these have increased from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "The Central Bank said they increased from US$4,415.3 million from January to September 2017 to US$4,866.4 million in the same period of 2018.",
    "The central bank reported that they rose from US$4,415.3 million in January-September 2017 to US$4,866.4 million in January-September 2018.",
    "Data show these rose from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "The report notes that these climbed from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "The bank indicated these increased from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "The ministry says they grew from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "Officials noted these went from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "The bulletin showed that they increased from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018.",
    "The Central Bank reports that these increased from US$4,415.3 million from January to September 2017 to US$4,866.4 million for the same period in 2018."
  ])("%s", (text) => {
    expect(read(text)).toEqual([
      "4415300000@2017-01-01..2017-09-30 remittances []",
      "4866400000@2018-01-01..2018-09-30 remittances []"
    ]);
  });

  it("names no purpose by the time after 'for'", () => {
    expect(rows("Remittances reached US$4,866.4 million for the same period in 2018.", "2018", "2018-11-01")).toEqual([
      "4866400000@2018 remittances []"
    ]);
  });

  it("reads no amount where nothing before names one", () => {
    expect(
      rows(
        "The Central Bank reports these have increased from US$4,415.3 million in 2017 to US$4,866.4 million in 2018.",
        "2018",
        "2018-11-01"
      )
    ).toEqual([]);
  });
});
