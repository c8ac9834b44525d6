import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "Zambia was hosting 75,867 refugees and 4,448 asylum-seekers": a noun that names people by what they once did
// ("asylum-seekers" applied) is counted by the verb its clause or coordination names, never by that noun alone.
describe("asylum-seekers counted by the verb they share", () => {
  it.each([
    ["As of 31 January, Zambia was hosting 75,867 refugees and 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia was hosting 75,867 refugees and 4,448 asylum seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia hosted 75,867 refugees and 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia hosts 75,867 refugees and 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia was hosting 75,867 refugees as well as 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia was hosting 75,867 refugees, and 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, the country was hosting 75,867 refugees and 4,448 protection seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia was hosting 75,867 Congolese refugees and 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia was hosting 75,867 refugees and 4,448 Burundian asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, Zambia was hosting some 75,867 refugees and 4,448 asylum-seekers.", "refugees_hosted"],
    ["As of 31 January, the settlements were hosting 75,867 refugees and 4,448 asylum-seekers.", "refugees_hosted"],
    ["In January, 300 migrants were deported and 120 asylum seekers were returned.", "returns"],
    ["In January, 300 migrants were deported and 120 asylum-seekers were returned.", "returns"],
    ["In January, 300 migrants were deported and 120 rejected asylum seekers were returned.", "returns"],
    ["In January, 300 migrants were deported, while 120 asylum seekers were returned.", "returns"]
  ])("%s", (sentence, indicator) => {
    const read = rows(sentence, "2022-01", "2022-03-22");
    expect(read.find((r) => /^(?:4448|120)@/.test(r))?.split(" ")[1]).toBe(indicator);
  });

  it.each([
    // With no other verb, people seeking asylum have applied for it.
    ["In January, 1,200 asylum seekers were registered as applicants.", /^1200@2022-01 asylum_applications /],
    ["In January, 1,200 persons applied for asylum.", /^1200@2022-01 asylum_applications /],
    // "any child or asylum-seeker victims": a noun of people is a qualifier of a zero, not a second act.
    [
      "In 2022 the government did not identify any child or asylum-seeker trafficking victims.",
      /^0@2022 \w+ \[asylum-seeker\]$/
    ]
  ])("%s", (sentence, expected) => {
    expect(rows(sentence, "2022-01", "2022-03-22").some((r) => expected.test(r))).toBe(true);
  });
});
