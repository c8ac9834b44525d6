import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator@period" of each row of a sentence of a press item on December 2021. */
const read = (sentence: string) =>
  observations(sentence, "2021-12", "2022-01-30").map((o) => `${o.value} ${o.indicator}@${o.period.label}`);

// "there were 11,921 encounters of unaccompanied children": a border agency counts the people it stopped or expelled as
// encounters, as others count apprehensions.
describe("encounters at a border as people stopped", () => {
  it.each([
    ["In December 2021 there were 11,921 encounters of unaccompanied children.", "11921 arrests_arrested@2021-12"],
    ["CBP recorded 178,840 encounters at the southwest border in December.", "178840 arrests_arrested@2021-12"],
    [
      "Encounters of family units increased by 15% to 51,624 in December from 45,062 in November.",
      "51624 arrests_arrested@2021-12"
    ],
    [
      "Encounters of family units increased by 15% to 51,624 in December from 45,062 in November.",
      "45062 arrests_arrested@2021-11"
    ],
    ["Border agents reported 2,300 encounters in the sector in December 2021.", "2300 arrests_arrested@2021-12"],
    ["The agency logged 73,000 encounters with migrants in November 2021.", "73000 arrests_arrested@2021-11"],
    ["There were 95,000 encounters along the border in December 2021.", "95000 arrests_arrested@2021-12"],
    ["In November 2021, agents had 48,006 encounters in the Rio Grande Valley.", "48006 arrests_arrested@2021-11"],
    ["Agents recorded 1,734 encounters at the port of entry in December 2021.", "1734 arrests_arrested@2021-12"],
    ["The sector saw 7,888 encounters of unaccompanied children in December 2021.", "7888 arrests_arrested@2021-12"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // "apprehensions" read as before.
    ["In November 2021 there were a total of 48,006 apprehensions.", ["48006 arrests_arrested@2021-11"]],
    // A count of encounters with no number is nothing.
    ["Encounters at the border rose in December 2021.", []]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
