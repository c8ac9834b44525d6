import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The period label of the first count a sentence is read with, in an item dated 2023-01-07. */
const periodOf = (text: string, date = "2023-01-07") => observations(text, "2022", date)[0]?.period.label;

describe("a period opening a sentence with its own preposition dates the count after it", () => {
  it.each([
    [
      "In three years, 504,485 Nicaraguans have left Nicaragua, noted the daily, which pointed to the crisis since April 2018.",
      "2020-2022"
    ],
    ["In two years, 1,200 migrants were deported, the ministry said, a policy in force since May 2019.", "2021-2022"],
    [
      "In five years, 31,000 migrants were returned, officials said, citing a crackdown that began in 2016.",
      "2018-2022"
    ],
    ["In just four years, 9,800 asylum applications were lodged, against 1,100 in 2012.", "2019-2022"],
    [
      "In ten years, some 2,000 refugees were resettled, the agency said, adding that arrivals peaked in 2015.",
      "2013-2022"
    ],
    [
      "In the past three months, police detained 1,409 migrants, the interior ministry said, a rise since March 2021.",
      "2022-10-07..2023-01-07"
    ],
    [
      "Over the past two months, 640 smugglers were arrested, reversing a trend seen since 2019.",
      "2022-11-07..2023-01-07"
    ],
    ["During the last 6 months, 3,100 deportations were recorded, the highest since 2017.", "2022-07-07..2023-01-07"],
    ["In the previous 12 months, 412 victims were identified, police said, unlike in 2020.", "2022-01-07..2023-01-07"],
    ["In seven years, 3,100 migrants were returned, a programme running since 2016 reported.", "2016-2022"]
  ])("%j is dated %s", (text, label) => expect(periodOf(text)).toBe(label));

  it.each([
    // A count in another clause keeps its own period.
    ["In three years, arrivals fell; police deported 2,400 migrants in 2021.", "2021"],
    // A period that does not open the sentence.
    ["Police deported 2,400 migrants in 2021, in three years of crackdown.", "2021"]
  ])("%j is dated %s", (text, label) => expect(periodOf(text)).toBe(label));
});
