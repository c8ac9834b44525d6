import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator" of the row of a sentence whose value is `n`, in a report on 2018 dated June 2019. */
const rowOf = (text: string, n: number) =>
  rows(text, "2018", "2019-06-28")
    .map((r) => r.split(" ").slice(0, 2).join(" "))
    .find((r) => r.startsWith(`${n}@`));

// "seven traffickers in two cases, an increase from three traffickers in 2017": a compared figure that names a noun
// again is set against the count of that noun, not the count of something else standing between.
describe("a compared figure against the count whose noun it repeats", () => {
  it.each([
    [
      "The government convicted seven traffickers in two cases of sex trafficking, an increase from three traffickers in 2017.",
      3,
      "3@2017 trafficking_convictions"
    ],
    [
      "The government convicted seven traffickers in two cases, compared with three traffickers in 2017.",
      3,
      "3@2017 trafficking_convictions"
    ],
    [
      "Courts convicted 12 traffickers in five cases, compared with nine traffickers in 2017.",
      9,
      "9@2017 trafficking_convictions"
    ],
    [
      "Courts convicted 12 traffickers in five cases, up from nine traffickers in 2017.",
      9,
      "9@2017 trafficking_convictions"
    ],
    [
      "Courts convicted 12 traffickers in five cases, a decrease from 15 traffickers in 2017.",
      15,
      "15@2017 trafficking_convictions"
    ],
    [
      "The government prosecuted 20 suspects in eight cases, compared with 14 suspects in 2017.",
      14,
      "14@2017 suspects_prosecuted"
    ],
    [
      "Authorities convicted 30 traffickers across 11 cases, as against 22 traffickers in 2017.",
      22,
      "22@2017 trafficking_convictions"
    ],
    [
      "Courts convicted four traffickers in three cases of forced labor, down from six traffickers in 2017.",
      6,
      "6@2017 trafficking_convictions"
    ],
    [
      "Courts convicted 18 traffickers in seven cases, an increase from 11 traffickers in 2017.",
      11,
      "11@2017 trafficking_convictions"
    ],
    [
      "The government convicted five traffickers in two cases, a decline from eight traffickers in 2017.",
      8,
      "8@2017 trafficking_convictions"
    ],
    [
      "Courts convicted 16 traffickers in six cases, a rise from ten traffickers in 2017.",
      10,
      "10@2017 trafficking_convictions"
    ],
    [
      "Courts convicted nine traffickers in four cases, a drop from 13 traffickers in 2017.",
      13,
      "13@2017 trafficking_convictions"
    ],
    [
      "The government convicted 21 traffickers in nine cases, an increase from 17 traffickers in 2017.",
      17,
      "17@2017 trafficking_convictions"
    ],
    [
      "The government prosecuted 20 suspects in eight cases, an increase from 14 suspects in 2017.",
      14,
      "14@2017 suspects_prosecuted"
    ],
    [
      "The government prosecuted 31 suspects in 12 cases, a decrease from 40 suspects in 2017.",
      40,
      "40@2017 suspects_prosecuted"
    ]
  ])("%s (%i)", (text, n, expected) => {
    expect(rowOf(text, n)).toBe(expected);
  });

  it.each([
    // A compared figure with no noun of its own stays against the count right before it.
    ["The government convicted seven traffickers in two cases, compared with three in 2017.", 3, "3@2017"],
    // One noun throughout: nothing to look back for.
    ["The government convicted seven traffickers, an increase from three traffickers in 2017.", 3, "3@2017"]
  ])("%s (%i)", (text, n, period) => {
    expect(rowOf(text, n)?.startsWith(period)).toBe(true);
  });
});
