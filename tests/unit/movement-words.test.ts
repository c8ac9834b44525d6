import {describe, expect, it} from "vitest";
import {eventsIn} from "../../loaders/general/resolve-indicator.js";

describe("words of people taken back or turning up", () => {
  it.each([
    ["were escorted back to havana by prison officers", "return"],
    ["escorted home by the coast guard", "return"],
    ["were flown back to dakar on a charter", "return"],
    ["are estimated to have shown up in cayman's waters", "enter"],
    ["160 migrants showed up at the border", "enter"],
    ["40 more turned up on the beach", "enter"]
  ])("%j is an event of %s", (clause, event) => {
    expect(eventsIn(clause)).toContain(event);
  });

  it.each(["the escort of the minister", "he showed the figures", "the flight turned back"])(
    "%j names neither",
    (clause) => {
      expect(eventsIn(clause)).not.toContain("return");
      expect(eventsIn(clause)).not.toContain("enter");
    }
  );
});
