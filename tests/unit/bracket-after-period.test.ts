import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The period read for the number `n` of a paragraph. */
const period = (text: string, n: number) =>
  observations(text, "2022", "2023-06-25").find((x) => x.value === n)?.period.label;

describe("a bracket right after a count's period is of that period", () => {
  it.each([
    [
      "a decrease compared with 204 total convictions in 2021 (81 trial and 123 appellate) and 175 in 2020 (80 trial and 95 appellate).",
      81,
      "2021"
    ],
    [
      "a decrease compared with 204 total convictions in 2021 (81 trial and 123 appellate) and 175 in 2020 (80 trial and 95 appellate).",
      95,
      "2020"
    ],
    ["compared with 130 victims in 2021 (70 women and 60 men) and 110 in 2020 (50 women and 60 men).", 70, "2021"],
    ["compared with 130 victims in 2021 (70 women and 60 men) and 110 in 2020 (55 women and 55 men).", 55, "2020"]
  ])("%s (%i)", (text, n, label) => {
    expect(period(`Courts convicted 155 traffickers in 2022, ${text}`, n)).toBe(label);
  });
});

describe("a bracket after a period with words between", () => {
  it.each([
    ["Police identified 40 victims in 2022, up from 30 victims in 2021 and 25 in 2020 (12 women).", 12, "2020"],
    ["Police identified 40 victims in 2022 (22 women and 18 men), up from 30 in 2021.", 22, "2022"],
    ["Courts convicted 50 traffickers (20 in 2021), up from 20 in 2021.", 20, "2021"],
    ["Courts convicted 50 traffickers in 2022, up from 42 convictions in 2021 (30 for sex trafficking).", 30, "2021"],
    [
      "Courts convicted 50 traffickers in 2022, up from 42 convictions in 2021 and 39 in 2020 (21 for forced labor).",
      21,
      "2020"
    ],
    ["Police identified 90 victims in 2022, compared with 77 in 2021 (40 girls) and 60 in 2020.", 40, "2021"]
  ])("%s (%i)", (text, n, label) => {
    expect(period(text, n)).toBe(label);
  });
});
