import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A release on 2018, published in March 2019.
const read = (text: string) =>
  rows(text, "2018", "2019-03-01")
    .map((r) => r.split(" ")[0])
    .filter((r) => !/^(?:4\.6|7|120|3|5\.2)@/.test(r));

describe("a change's size between its verb and 'from' leaves the figure after 'from' the earlier period's", () => {
  it.each([
    "In 2018, total departures increased by 4.6% from 1,777,295 to 1,859,697.",
    "In 2018, total arrivals rose by 4.6% from 1,777,295 to 1,859,697.",
    "In 2018, the number of work permits increased by 7 percent from 1,777,295 to 1,859,697.",
    "In 2018, asylum applications grew by 4.6 per cent from 1,777,295 to 1,859,697.",
    "In 2018, the number of arrivals increased by about 4.6% from 1,777,295 to 1,859,697.",
    "In 2018, departures decreased by 4.6% from 1,777,295 to 1,859,697.",
    "In 2018, deportations jumped by 4.6% from 1,777,295 to 1,859,697.",
    "In 2018, tourist arrivals climbed by 4.6% from 1,777,295 to 1,859,697.",
    "In 2018, total departures increased by 82,402 from 1,777,295 to 1,859,697.",
    "In 2018, the number of residence permits increased by nearly 5.2% from 1,777,295 to 1,859,697."
  ])("%s", (text) => {
    expect(read(text).filter((r) => !r.startsWith("82402@"))).toEqual(["1777295@2017", "1859697@2018"]);
  });

  it.each([
    // A change to a level with no "from" names one period.
    ["In 2018, total departures increased by 4.6% to 1,859,697.", ["1859697@2018"]],
    // "from" that names a place is no earlier figure.
    ["In 2018, arrivals from Reunion increased by 4.6% to 1,859,697.", ["1859697@2018"]]
  ])("leaves other changes alone: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
