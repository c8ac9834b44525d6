import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator [sex/age]" of the rows of a paragraph in a report on 2018, after its first sentence's count. */
const parts = (text: string) =>
  observations(text, "2018", "2019")
    .slice(1)
    .map((o) => `${o.value} ${o.indicator} [${o.sex ?? o.age_group ?? ""}]`);

const WHOLE = "In 2018, 8,436 persons expressed the intention to seek asylum.";

// "According to the age structure, 2,475 were children": a sentence that names a breakdown before its figures lists
// parts of the count before it.
describe("a breakdown named before the parts of the count before", () => {
  it.each([
    ["According to the age structure, 2,475 were children.", ["2475 asylum_applications [child]"]],
    ["According to the age structure, 2,475 were minors.", ["2475 asylum_applications [child]"]],
    ["By age, 2,475 were children.", ["2475 asylum_applications [child]"]],
    [
      "By sex, 7,507 were men and 929 were women.",
      ["7507 asylum_applications [male]", "929 asylum_applications [female]"]
    ],
    ["By gender, 7,507 were men.", ["7507 asylum_applications [male]"]],
    ["Broken down by sex, 929 were women.", ["929 asylum_applications [female]"]],
    [
      "Disaggregated by sex, 7,507 were male and 929 were female.",
      ["7507 asylum_applications [male]", "929 asylum_applications [female]"]
    ],
    ["In terms of age, 2,475 were children.", ["2475 asylum_applications [child]"]],
    ["According to the gender breakdown, 929 were women.", ["929 asylum_applications [female]"]],
    ["According to age groups, 2,475 were children.", ["2475 asylum_applications [child]"]],
    ["By their age, 2,475 were children.", ["2475 asylum_applications [child]"]]
  ])("%s", (text, expected) => {
    expect(parts(`${WHOLE} ${text}`)).toEqual(expected);
  });

  it.each([
    // A clause with a subject of its own after the breakdown counts that subject.
    "Broken down by nationality, instances of short-term employment were registered mostly for Ukrainians (24,284).",
    // A sentence naming no breakdown before its figure starts a count of its own.
    "According to the ministry, 2,475 were children."
  ])("%s continues no count", (text) => {
    expect(parts(`${WHOLE} ${text}`).some((r) => r.includes("asylum_applications"))).toBe(false);
  });
});
