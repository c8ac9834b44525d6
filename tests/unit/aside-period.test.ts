import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The period read for the number `n` of a paragraph. */
const period = (text: string, n: number) =>
  observations(text, "2016", "2017-06-25").find((x) => x.value === n)?.period.label;

describe("a period inside a dash aside dates the aside, not the count before it", () => {
  it.each([
    [
      "The NCCT reported courts convicted at least 100 traffickers—including some whose trials began in the previous reporting period—up from 43 in 2015.",
      100,
      "2016"
    ],
    ["Courts convicted 80 traffickers—some of whose cases opened in 2014—compared with 60 in 2015.", 80, "2016"],
    ["Police identified 120 victims—among them several first reported in 2015—up from 90 in 2015.", 120, "2016"],
    ["Prosecutors charged 55 suspects—including many arrested during 2015—compared with 41 in 2015.", 55, "2016"],
    ["The government assisted 230 victims—some identified in the previous year—up from 180 in 2015.", 230, "2016"],
    [
      "Courts convicted at least 100 traffickers—including some whose trials began in the previous reporting period—up from 43 in 2015.",
      43,
      "2015"
    ],
    ["Police identified 70 victims—including 12 first found in 2015—compared with 50 in 2015.", 12, "2015"],
    ["In 2016, courts convicted 64 traffickers—several tried in 2015—up from 51.", 64, "2016"],
    ["Inspectors identified 31 victims—all of them referred in 2015—in 2016.", 31, "2016"],
    ["Officials investigated 90 cases—of which some began in 2014—in 2016.", 90, "2016"]
  ])("%s (%i)", (text, n, label) => {
    expect(period(text, n)).toBe(label);
  });
});
