import {describe, expect, it} from "vitest";
import {eventsIn} from "../../loaders/general/resolve-indicator.js";
import {observations} from "./read-paragraph.js";

describe("arrests in plain press words", () => {
  it.each([
    "The police caught 33 undocumented workers in 2015.",
    "In 2015, officers nabbed 12 illegal immigrants at the port.",
    "Police rounded up 140 irregular migrants in 2015.",
    "In 2015, 58 undocumented migrants were picked up in raids.",
    "Border guards caught 410 irregular migrants in 2015.",
    "In 2015, 27 illegal workers were nabbed at a construction site.",
    "Immigration officers caught 19 undocumented foreigners in 2015.",
    "In 2015, 300 irregular migrants were rounded up in the capital.",
    "The coast guard picked up 85 irregular migrants in 2015.",
    "Inspectors caught 61 illegal immigrants working on farms in 2015."
  ])("%s", (text) => {
    expect(observations(text, "2015", "2016").map((o) => o.indicator)).toEqual(["irregular_migrants_detected"]);
  });

  it("finds the event, and not in other uses of the words", () => {
    expect(eventsIn("were caught")).toContain("arrest");
    expect(eventsIn("were nabbed by police")).toContain("arrest");
    expect(eventsIn("registered applications")).not.toContain("arrest");
  });
});
