import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of every row of a sentence in a report on 2018 dated May 2019. */
const read = (text: string) => rows(text, "2018", "2019-05-16").map((r) => r.split(" ")[0]);

// "amounted to $2.5 billion, up by 6.6 percent year-on-year from the $2.4 billion recorded in March 2018", "five
// investigations, the same number as in 2016": the period a comparison after a count names is the compared figure's.
describe("a comparison after a count keeps its period from the count", () => {
  it.each([
    [
      "Cash remittances in March 2018 amounted to $2.5 billion, up by 6.6 percent year-on-year from the $2.4 billion recorded in March 2017.",
      ["2500000000@2018-03", "2400000000@2017-03"]
    ],
    [
      "Remittances in June 2018 reached USD 310 million, up 4 percent year on year from USD 298 million in June 2017.",
      ["310000000@2018-06", "298000000@2017-06"]
    ],
    [
      "Remittances in May 2018 were USD 120 million, down 3% year-on-year from the USD 124 million registered in May 2017.",
      ["120000000@2018-05", "124000000@2017-05"]
    ],
    [
      "Arrivals in April 2018 totalled 5,100, up 12 percent from the 4,550 reported in April 2017.",
      ["5100@2018-04", "4550@2017-04"]
    ],
    [
      "Remittances in the first quarter of 2018 amounted to $7.3 billion, up 3.4 percent from the $7.06 billion posted in the first quarter of 2017.",
      ["7300000000@2018Q1", "7060000000@2017Q1"]
    ],
    ["In 2018 police conducted five trafficking investigations, the same number as in 2017.", ["5@2018", "5@2017"]],
    ["In 2018 the government identified 12 trafficking victims, the same number as in 2017.", ["12@2018", "12@2017"]],
    ["In 2018 courts convicted four traffickers, the same number as in 2017.", ["4@2018", "4@2017"]],
    ["In 2018 the ministry issued 3,100 work permits, the same level as in 2017.", ["3100@2018", "3100@2017"]],
    ["In 2018 authorities deported 210 foreigners, the same number as in the previous year.", ["210@2018", "210@2017"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A period before the count, with nothing compared, is the count's.
    ["In March 2018, remittances amounted to $2.5 billion.", ["2500000000@2018-03"]],
    // "the same" with no figure compared dates nothing else.
    ["In 2018 police conducted five trafficking investigations in the same districts.", ["5@2018"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
