import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator" of each row of a sentence of a press item on 2016. */
const read = (sentence: string) => observations(sentence, "2016", "2017-07-15").map((o) => `${o.value} ${o.indicator}`);

// "with 290 suspects arrested and 207 Vietnamese women and one child rescued": an item closed by its own participle ends
// before the next item, which takes the participle after it.
describe("items each closed by a participle of their own", () => {
  it.each([
    [
      "China cracked 184 cases with Vietnam, with 290 suspects arrested and 207 Vietnamese women and one child rescued.",
      "207 migrants_rescued"
    ],
    [
      "Police cracked 40 cases, with 90 suspects arrested and 57 women and two children rescued.",
      "57 migrants_rescued"
    ],
    [
      "Police raided 12 sites, with 33 traffickers arrested and 61 women and four girls rescued.",
      "61 migrants_rescued"
    ],
    ["The operation ended with 14 smugglers arrested and 120 migrants and 9 children rescued.", "120 migrants_rescued"],
    ["Officers made 30 raids, with 45 suspects detained and 80 workers and 3 minors rescued.", "80 migrants_rescued"],
    [
      "In 2016, with 70 suspects arrested and 150 women and 12 children rescued, the campaign ended.",
      "150 migrants_rescued"
    ],
    ["Police broke up 8 rings, with 26 suspects detained and 43 women and one boy rescued.", "43 migrants_rescued"],
    ["The raids left 19 traffickers arrested and 64 victims and two infants rescued.", "64 trafficking_victims"],
    [
      "Over the year 290 suspects were charged, with 55 smugglers arrested and 310 migrants and 40 minors rescued.",
      "310 migrants_rescued"
    ],
    ["The campaign closed with 12 recruiters arrested and 95 workers and 5 children rescued.", "95 migrants_rescued"],
    ["The sweep ended with 21 smugglers detained and 75 migrants and 6 minors rescued.", "75 migrants_rescued"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // A finite verb before "and" is a clause of its own, read as before.
    [
      "Seven hundred and forty-six applications were rejected and 3,300 cases were discontinued.",
      "746 applications_refused"
    ],
    // The first item keeps its own participle.
    [
      "China cracked 184 cases with Vietnam, with 290 suspects arrested and 207 Vietnamese women and one child rescued.",
      "290 suspects_arrested"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});
