import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "were in 2016 at $ 7.24 billion, whilst between 2014 and 2018 the annual average was $ 7 billion": "whilst", as
// "while", opens a clause of its own, whose period is not the one of the figure before it.
describe("a clause opened by whilst names its own period", () => {
  it.each([
    [
      "In 2016 remittances were $ 7.24 billion, whilst between 2014 and 2018 the annual average was $ 7 billion.",
      "2014-2018"
    ],
    ["In 2016 remittances were $ 7.24 billion, whilst in 2018 the total was $ 7 billion.", "2018"],
    ["In 2016 remittances were $ 7.24 billion whilst in 2018 they were $ 7 billion.", "2018"],
    [
      "Remittances were in 2016 at $ 7.24 billion, whilst between 2014 and 2018, the annual average was $ 7 billion.",
      "2014-2018"
    ],
    ["Remittances were in 2016 at $ 7.24 billion, whilst in 2018, the total was $ 7 billion.", "2018"],
    ["In 2016 remittances reached $ 7.24 billion, whilst in 2018 the figure was $ 7 billion.", "2018"],
    ["In 2016 remittances amounted to $ 7.24 billion, whilst in 2018 the total was $ 7 billion.", "2018"],
    ["In 2016 remittances stood at $ 7.24 billion, whilst during 2018 the total was $ 7 billion.", "2018"],
    ["In 2016 migrants sent home $ 7.24 billion in remittances, whilst in 2018 the total was $ 7 billion.", "2018"],
    ["In 2016 workers’ remittances were $ 7.24 billion, whilst in 2018 the total was $ 7 billion.", "2018"]
  ])("%s", (sentence, later) => {
    const read = rows(sentence, "2019", "2020-03-01");
    expect(read.find((r) => r.startsWith("7240000000@"))).toMatch(/^7240000000@2016 /);
    expect(read.find((r) => r.startsWith("7000000000@"))).toMatch(new RegExp(`^7000000000@${later} `));
  });

  it.each([
    // A period right after the figure is its own, whatever clause follows.
    ["Remittances were $ 7.24 billion in 2016 whilst in 2018 the total was $ 7 billion.", /^7240000000@2016 /],
    // A period with no clause of its own after "whilst" dates the figure before it, as it did.
    ["Remittances were $ 7.24 billion in 2016, whilst growing.", /^7240000000@2016 /]
  ])("%s", (sentence, expected) => {
    expect(rows(sentence, "2019", "2020-03-01")[0]).toMatch(expected);
  });
});
