import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {agentBareObjectVerb} from "../../loaders/general/read-anaphoric-part.js";

const read = (text: string) => rows(text, "2018", "2019-06-20");

describe("a subject doing to a bare count what the sentence before counted", () => {
  it.each([
    [
      "The police referred 10 trafficking victims to the assistance program. NGOs referred seven.",
      "7@2018 trafficking_victims_assisted"
    ],
    [
      "In 2018, the police identified 31 trafficking victims. NGOs identified 12.",
      "12@2018 trafficking_victims_identified"
    ],
    [
      "The police referred 10 trafficking victims to shelters. NGOs referred seven (19 in 2017 and 13 in 2016).",
      "7@2018 trafficking_victims_assisted"
    ],
    [
      "The police referred 10 trafficking victims to shelters. NGOs referred seven (19 in 2017 and 13 in 2016).",
      "19@2017 trafficking_victims_assisted"
    ],
    [
      "Authorities identified 45 trafficking victims in 2018. Civil society identified 20.",
      "20@2018 trafficking_victims_identified"
    ],
    [
      "The government identified 45 trafficking victims in 2018. International organizations identified 17.",
      "17@2018 trafficking_victims_identified"
    ],
    [
      "In 2018, the police identified 31 trafficking victims. The labour inspectorate also identified nine.",
      "9@2018 trafficking_victims_identified"
    ],
    [
      "In 2018, the police identified 31 trafficking victims. NGOs identified 12, compared with 15 in 2017.",
      "12@2018 trafficking_victims_identified"
    ],
    [
      "In 2018, the police identified 31 trafficking victims. Local NGOs identified 12; the prosecutors none.",
      "12@2018 trafficking_victims_identified"
    ],
    [
      "In 2018, the police identified 31 trafficking victims. The ombudsman identified four.",
      "4@2018 trafficking_victims_identified"
    ],
    [
      "In 2018, the police identified 31 trafficking victims. Border guards identified 6.",
      "6@2018 trafficking_victims_identified"
    ]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });

  it.each([
    ["NGOs referred seven (19 in 2017 and 13 in 2016).", "referred"],
    ["The courts convicted 12.", "convicted"],
    ["Border guards also identified 6, compared with 4.", "identified"]
  ])("%s", (text, verb) => {
    expect(agentBareObjectVerb(text)).toBe(verb);
  });
});

describe("sentences that count with a noun of their own", () => {
  it.each([
    ["SEM processed 19,140 asylum applications in the first instance."],
    ["The government also identified 1,204 potential trafficking victims."],
    ["NGOs referred seven victims to shelters."],
    ["In 2018 NGOs referred seven."]
  ])("%s", (text) => {
    expect(agentBareObjectVerb(text)).toBeNull();
  });
});
