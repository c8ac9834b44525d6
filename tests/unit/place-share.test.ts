import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The percent rows read as statistics, as "value citizenship". */
const shares = (text: string) =>
  observations(text, "2019", "2020-02-01")
    .filter((o) => o.unit === "percent")
    .map((o) => `${o.value} ${o.citizenship ?? ""}`.trim());

const TOTAL = "In 2019, 1,645 asylum applications were lodged. ";

describe("a bracketed share of a place in a ranking", () => {
  it.each([
    [
      "Kosovo (4.7 %), Albania (3 %) and Cameroon (2.3 %) complete the top ten.",
      ["4.7 Kosovo", "3 Albania", "2.3 Cameroon"]
    ],
    [
      "Russia (4.2%), Eritrea (3.5%) and Pakistan (2.1%) complete the top 10 countries of origin.",
      ["4.2 Russian Federation", "3.5 Eritrea", "2.1 Pakistan"]
    ],
    ["They were followed by Iraq (10.1%) and Afghanistan (7.1%).", ["10.1 Iraq", "7.1 Afghanistan"]],
    ["The main countries of origin were Syria (17.2 %) and Guinea (9.7 %).", ["17.2 Syria", "9.7 Guinea"]],
    ["Most came from Eritrea (71%) and Sudan (20%).", ["71 Eritrea", "20 Sudan"]],
    ["Next came Georgia (also 2.9%) and Iran (2.5 per cent).", ["2.9 Georgia", "2.5 Iran"]],
    [
      "Applicants came mainly from Venezuela (41 percent), Colombia (12 percent) and Nicaragua (6 percent).",
      ["41 Venezuela", "12 Colombia", "6 Nicaragua"]
    ],
    [
      "The top nationalities were Afghanistan (22%), Syria (18%) and Iraq (9%).",
      ["22 Afghanistan", "18 Syria", "9 Iraq"]
    ],
    ["Nigeria (5.5 %), Somalia (4.1 %) and Sudan (3.3 %) follow.", ["5.5 Nigeria", "4.1 Somalia", "3.3 Sudan"]],
    ["Bangladesh (8%) and Pakistan (6%) rank next.", ["8 Bangladesh", "6 Pakistan"]]
  ])("reads %s after a count", (sentence, expected) => {
    expect(shares(TOTAL + sentence)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    "Kosovo (4.7 %), Albania (3 %) and Cameroon (2.3 %) complete the top ten.",
    "The budget rose to 4 million euros. Kosovo (4.7 %) and Albania (3 %) follow.",
    "In 2019, remittances reached US$6 billion. Next came Spain (10.58%) and Italy (1.30%).",
    "In 2019, 1,645 asylum applications were lodged; the rate of recognition (34 %) was stable."
  ])("reads no share of a place from %s", (text) => {
    expect(shares(text).filter((s) => s.includes(" "))).toEqual([]);
  });
});
