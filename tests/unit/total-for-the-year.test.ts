import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const periodOf = (text: string, value: string) =>
  rows(text, "2023-05", "2023-06-02")
    .find((r) => r.startsWith(`${value}@`))
    ?.split(" ")[0];

describe("a flow's total for the year runs from the year's first day to the end of the period before it", () => {
  it.each([
    ["The coast guard intercepted 1,200 migrants in May, bringing the total for the year to 6,400.", "6400"],
    ["Police deported 300 migrants in May 2023, bringing the total for the year to 4,100.", "4100"],
    ["In May, 2,310 asylum claims were lodged, taking the total for the year to 9,870.", "9870"],
    ["The navy rescued 518 migrants in May, raising the total for the year to 2,900.", "2900"],
    ["In May, 77 victims were identified, bringing the year's total so far to 240.", "240"],
    ["Authorities returned 640 migrants in May, bringing the total so far to 3,050.", "3050"],
    ["In May 2023, 95 smugglers were arrested, pushing the total for the year to 410.", "410"],
    ["The ministry issued 1,500 work permits in May, bringing its total for the year to 7,250.", "7250"],
    ["Some 880 migrants arrived in May, taking the total year-to-date to 5,120.", "5120"],
    ["In May, 310 people were returned, bringing the year's total to 1,420.", "1420"],
    ["The border police intercepted 2,050 migrants in May, lifting the total for the year to 8,800.", "8800"]
  ])("%s", (text, value) => expect(periodOf(text, value)).toBe(`${value}@2023-01-01..2023-05-31`));

  it.each([
    // A total of people who hold a status stands on the period's last day.
    [
      "56,276 people received protection in 2022, bringing the total number of recognised refugees to 547,102.",
      "547102",
      "547102@2022-12-31"
    ],
    [
      "In May, 1,204 refugees were registered, bringing the total number of registered refugees to 61,300.",
      "61300",
      "61300@2023-05-31"
    ]
  ])("%s", (text, value, expected) => expect(periodOf(text, value)).toBe(expected));
});
