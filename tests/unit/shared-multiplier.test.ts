import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {sharedMultiplier} from "../../loaders/general/read-press-parts.js";

const bounds = (text: string) =>
  observations(text, "2023", "2023-08-06")
    .filter((o) => /bound/.test(o.category ?? ""))
    .map((o) => `${o.value} ${o.category}`);

describe("the lower end of a range shares the multiplier written after the upper end", () => {
  it.each([
    ["In 2023, Egypt hosted between 9 and 10 million migrants.", ["9000000 lower bound", "10000000 upper bound"]],
    ["In 2023, Egypt hosted between nine and 10 million migrants.", ["9000000 lower bound", "10000000 upper bound"]],
    ["In 2023, between 5 and 6 thousand migrants arrived.", ["5000 lower bound", "6000 upper bound"]],
    ["In 2023, between 1.5 and 2 million refugees were registered.", ["1500000 lower bound", "2000000 upper bound"]],
    ["In 2023, between 2 and 3 million migrants arrived.", ["2000000 lower bound", "3000000 upper bound"]],
    ["In 2023, between 40 and 50 thousand foreigners were deported.", ["40000 lower bound", "50000 upper bound"]],
    ["In 2023, between 3 and 4 million Venezuelans lived abroad.", ["3000000 lower bound", "4000000 upper bound"]],
    ["In 2023, between 7 and 8 thousand asylum applications were lodged.", ["7000 lower bound", "8000 upper bound"]],
    ["In 2023, between 20 and 25 thousand victims were identified.", ["20000 lower bound", "25000 upper bound"]],
    ["In 2023, between 12 and 15 thousand migrants were returned.", ["12000 lower bound", "15000 upper bound"]]
  ])("%s", (text, expected) => expect(bounds(text)).toEqual(expected));

  it.each([
    // The lower end has its own multiplier, or none is written.
    [
      {value: 9e6, text: "9 million"},
      {value: 1e7, text: "10 million"}
    ],
    [
      {value: 300, text: "300"},
      {value: 400, text: "400"}
    ],
    // Scaled, the lower end would not stay below the upper one, or would fall far below it.
    [
      {value: 12, text: "12"},
      {value: 1e7, text: "10 million"}
    ],
    [
      {value: 2, text: "2"},
      {value: 300000, text: "300 thousand"}
    ]
  ])("shares nothing between %j and %j", (lower, upper) => expect(sharedMultiplier(lower, upper)).toBeNull());
});
