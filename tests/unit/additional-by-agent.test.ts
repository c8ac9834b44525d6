import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "The government identified 53 victims. NGOs identified an additional 13.": "an additional", "another" or "a
// further" count after another agent's verb counts more of what the count before counted, by that agent.
describe("more of the same count, by another agent", () => {
  it.each([
    ["The government identified 53 victims. NGOs identified an additional 13.", "identified by ngos"],
    ["The government identified 53 victims. NGOs identified another 13.", "identified by ngos"],
    ["The government identified 53 victims. NGOs identified a further 13.", "identified by ngos"],
    ["The government identified 53 victims. NGOs also identified an additional 13.", "identified by ngos"],
    [
      "The government identified 53 victims. International organizations identified an additional 13.",
      "identified by international organizations"
    ],
    [
      "The government identified 53 victims. Civil society organizations identified another 13.",
      "identified by civil society organizations"
    ],
    ["The government identified 53 victims and NGOs identified an additional 13.", "identified by ngos"],
    ["The government identified 53 victims, and NGOs identified another 13.", "identified by ngos"],
    ["The government identified 53 potential victims. NGOs identified an additional 13.", "identified by ngos"],
    ["The government identified 53 trafficking victims. NGOs identified an additional 13.", "identified by ngos"],
    ["In 2019, the government identified 53 victims. NGOs identified an additional 13.", "identified by ngos"]
  ])("%s", (text, agent) => {
    const read = rows(text, "2019", "2020-06-25");
    expect(read.find((r) => r.startsWith("13@"))).toMatch(new RegExp(`^13@2019 \\w*victims\\w* \\[${agent}\\]$`));
  });

  it.each([
    // With nothing counted before under the same verb, the agent is no count of its own.
    "NGOs identified an additional 13.",
    "The government identified 53 victims. International organizations assisted another 20."
  ])("%s reads no count of the agents", (text) => {
    expect(rows(text, "2019", "2020-06-25").filter((r) => /organisations|organizations/.test(r))).toEqual([]);
  });
});
