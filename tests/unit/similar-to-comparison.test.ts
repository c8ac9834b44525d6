import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const periods = (text: string) => rows(text, "2022-05", "2022-06-08").map((r) => r.split(" ")[0]);

describe('"similar to" and "comparable to" set another period\'s figure beside the count, as "compared to" does', () => {
  it.each([
    [
      "In May 2022, IOM Yemen DTM recorded 3,228 migrants entering Yemen, similar to 5,212 in April 2022.",
      ["3228@2022-05", "5212@2022-04"]
    ],
    ["1,204 asylum applications were lodged, similar to 1,150 in April 2022.", ["1204@2022-05", "1150@2022-04"]],
    ["The police identified 57 victims, similar to 55 in 2021.", ["57@2022-05", "55@2021"]],
    ["The authorities deported 940 foreigners, comparable to 910 in April 2022.", ["940@2022-05", "910@2022-04"]],
    ["Some 310 migrants were returned, similar to the 298 returned in March 2022.", ["310@2022-05", "298@2022-03"]],
    ["The courts convicted 12 traffickers, comparable to 11 in 2021.", ["12@2022-05", "11@2021"]],
    ["The monitors recorded 2,100 arrivals, similar to 2,050 in May 2021.", ["2100@2022-05", "2050@2021-05"]],
    ["Police investigated 45 trafficking cases, similar to 44 in April 2022.", ["45@2022-05", "44@2022-04"]],
    [
      "The ministry issued 6,120 work permits, comparable to the 6,010 issued in April 2022.",
      ["6120@2022-05", "6010@2022-04"]
    ],
    ["Officers detained 77 migrants, similar to 81 in February 2022.", ["77@2022-05", "81@2022-02"]],
    [
      "In May 2022, the Nigeria Immigration Service deported 940 foreigners, comparable to 910 in April 2022.",
      ["940@2022-05", "910@2022-04"]
    ]
  ])("%s", (text, expected) => expect(periods(text)).toEqual(expect.arrayContaining(expected)));

  it.each([
    // No figure follows: a likeness of kind, not a comparison of figures.
    ["In May 2022, 1,204 asylum applications were lodged, similar to the trend seen last year.", "1204@2022-05"],
    ["In 2021, the police identified 57 victims in circumstances similar to those of 2020.", "57@2021"]
  ])("the count keeps its own period in %s", (text, expected) => expect(periods(text)).toContain(expected));
});
