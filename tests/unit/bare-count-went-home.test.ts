import {describe, expect, it} from "vitest";
import {actsAsSubject} from "../../loaders/general/read-anaphoric-part.js";
import {rows} from "./read-paragraph.js";

// "4,093 returned voluntarily and 5,843 were deported": a bare count whose verb of motion an adverb or "home" closes
// is a part of the count before, as one followed by a preposition is.
describe("a bare count that went home or returned of its own accord", () => {
  const whole = "In 2020, 9,936 Afghan migrants were deported or returned from Iran.";
  it.each([
    "4,093 returned voluntarily and 5,843 were deported.",
    "4,093 returned spontaneously, while 5,843 were deported.",
    "4,093 went home voluntarily and 5,843 were deported.",
    "4,093 left voluntarily and 5,843 were deported.",
    "4,093 returned home and 5,843 were deported.",
    "4,093 went back and 5,843 were deported.",
    "4,093 returned voluntarily; 5,843 were deported.",
    "4,093 left spontaneously and 5,843 were expelled.",
    "4,093 moved back voluntarily and 5,843 were deported.",
    "Some 4,093 returned voluntarily and 5,843 were deported.",
    "About 4,093 returned independently, and 5,843 were deported.",
    "4,093 travelled home voluntarily and 5,843 were deported."
  ])("%s", (sentence) => {
    const read = rows(`${whole} ${sentence}`, "2020", "2021");
    expect(read.map((r) => r.split(" ")[0])).toEqual(["9936@2020", "4093@2020", "5843@2020"]);
    // Counted as the whole is, or by its own verb of going home.
    for (const r of read.slice(1)) expect(["deportations", "returns", "repatriations"]).toContain(r.split(" ")[1]);
  });

  it.each([
    // A participle before a noun is no verb of the count: the noun is what is counted.
    ["4,093 returned migrants were assisted.", ["9936@2020 deportations []", "4093@2020 returns []"]],
    // A clause that goes on after the adverb is no bare count of people leaving.
    ["4,093 returned quickly the forms they had been given.", ["9936@2020 deportations []"]]
  ])("%s", (sentence, expected) => {
    expect(rows(`${whole} ${sentence}`, "2020", "2021")).toEqual(expected);
  });

  it.each([
    [" returned voluntarily and", true],
    [" went home.", true],
    [" went back home, while", true],
    [" left the country", true],
    [" returned migrants were", false],
    [" returned quickly the forms", false],
    [" went homeless", false]
  ])("actsAsSubject(%j) is %s", (after, expected) => {
    expect(actsAsSubject(after)).toBe(expected);
  });
});
