import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator citizenship" of each observation of a report on the Northern Mariana Islands. */
const read = (text: string) =>
  observations(text, "2008", "2009-02-03").map((o) => `${o.value} ${o.indicator} ${o.citizenship ?? "-"}`);

// "Labor issued 29,700 work permits, of which 18,500 were Filipinos": a part of permits whose predicate names only a
// people counts the permits those people hold, not the people; "of this number" opens such a part, never a reference.
describe("a part of permits named by the people who hold them", () => {
  it.each([
    ["Labor issued 29,700 work permits, of which 18,500 were Filipinos.", "18500", "Philippines"],
    [
      "Labor issued 29,700 work permits; of these, 18,500 were Filipinos and 4,000 were Chinese.",
      "18500",
      "Philippines"
    ],
    ["Labor issued 29,700 work permits; of these, 18,500 were Filipinos and 4,000 were Chinese.", "4000", "China"],
    ["Labor issued 29,700 work permits, and of this number 18,500 were Filipinos.", "18500", "Philippines"],
    ["Labor issued 29,700 work permits, and of these 18,500 were Filipinos.", "18500", "Philippines"],
    ["The ministry granted 5,200 residence permits, of which 3,100 were Russians.", "3100", "Russian Federation"],
    ["The office issued 950 work permits in 2008, of which 610 were Indians.", "610", "India"],
    ["The department issued 12,000 work permits, of which 7,500 were Nepalese.", "7500", "Nepal"],
    ["The agency issued 2,400 work permits; of those, 1,300 were Bangladeshis.", "1300", "Bangladesh"],
    ["Authorities issued 8,000 residence permits, and of that number 2,000 were Ukrainians.", "2000", "Ukraine"],
    ["The state issued 640 work permits, of which 400 were Chinese and 140 were Koreans.", "140", "Korea"]
  ])("%s (%s)", (text, value, citizenship) => {
    const whole = read(text)[0].split(" ")[1];
    expect(read(text)).toContain(`${value} ${whole} ${citizenship}`);
  });

  it.each([
    // A law's number is still a reference.
    ["Law number 18 was adopted in 2008.", []],
    // A part of people is a part of those people, whatever the whole's kind.
    [
      "Police arrested 40 migrants, of which 12 were Filipinos.",
      ["40 detained_migrants -", "12 detained_migrants Philippines"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
