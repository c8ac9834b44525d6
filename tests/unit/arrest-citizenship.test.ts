import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2018", "2019").map((o) => `${o.value} ${o.indicator} ${o.citizenship ?? "-"}`);

// "Sixty-nine people were arrested, of which 12 were foreigners": suspects arrested are counted by citizenship, as those
// prosecuted and convicted are.
describe("suspects arrested, by citizenship", () => {
  it.each([
    [
      "Police arrested 69 suspected traffickers in 2018, of which 12 were foreigners.",
      ["69 trafficking_arrests -", "12 trafficking_arrests foreign"]
    ],
    [
      "Police arrested 36 suspected traffickers, three of whom were foreigners.",
      ["36 trafficking_arrests -", "3 trafficking_arrests foreign"]
    ],
    [
      "Police arrested 64 suspected traffickers, 27 of whom were foreign nationals.",
      ["64 trafficking_arrests -", "27 trafficking_arrests foreign"]
    ],
    ["Police arrested 14 Chinese nationals for trafficking in 2018.", ["14 trafficking_arrests China"]],
    ["Authorities arrested nine Nigerian traffickers in 2018.", ["9 trafficking_arrests Nigeria"]],
    ["In 2018, police arrested 22 Vietnamese trafficking suspects.", ["22 trafficking_arrests Vietnam"]],
    [
      "Police arrested 40 trafficking suspects, including 11 Thai nationals.",
      ["40 trafficking_arrests -", "11 trafficking_arrests Thailand"]
    ],
    ["The police arrested five Romanian citizens suspected of trafficking.", ["5 trafficking_arrests Romania"]],
    ["Border police arrested seven Albanian traffickers in 2018.", ["7 trafficking_arrests Albania"]],
    [
      "Police arrested 18 trafficking suspects, of whom 10 were foreign citizens.",
      ["18 trafficking_arrests -", "10 trafficking_arrests foreign"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Victims named beside the arrests keep their own citizenship; the suspects theirs.
    [
      "Police arrested 12 suspected traffickers and rescued 30 Cambodian victims.",
      ["12 trafficking_arrests -", "30 trafficking_victims Cambodia"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
