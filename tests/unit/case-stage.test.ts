import {describe, expect, it} from "vitest";
import {caseStage} from "../../loaders/general/read-case-stage.js";
import {rows} from "./read-paragraph.js";

describe("caseStage", () => {
  it.each([
    ["The government initiated ", "initiated"],
    ["reported initiating ", "initiated"],
    ["Police opened ", "initiated"],
    ["authorities launched at least ", "initiated"],
    ["initiated prosecution of ", "initiated"],
    ["commenced proceedings against ", "initiated"],
    ["and continued ", "continued"],
    ["and continuing ", "continued"],
    ["continued prosecuting ", "continued"],
    ["continued investigations into ", "continued"]
  ])("%s → %s", (lead, stage) => {
    expect(caseStage(lead)).toBe(stage);
  });

  it.each(["The government investigated ", "initiated in 2020 a total of ", "continued to assist ", "prosecuted "])(
    "%s names no stage",
    (lead) => {
      expect(caseStage(lead)).toBeNull();
    }
  );
});

// "initiated 12 prosecutions and continued nine": a sentence that sets cases of two stages apart names each one's.
describe("counts of cases by stage", () => {
  it.each([
    ["The government initiated 12 prosecutions and continued nine prosecutions.", ["12 [initiated]", "9 [continued]"]],
    [
      "Authorities initiated prosecution of 12 defendants, and continued prosecuting nine defendants.",
      ["12 [initiated]", "9 [continued]"]
    ],
    ["The government reported initiating 10 and continuing 13 investigations.", ["10 [initiated]", "13 [continued]"]],
    ["Police opened 14 investigations and continued seven investigations.", ["14 [initiated]", "7 [continued]"]],
    [
      "The government initiated one trafficking prosecution, compared with 16 in the previous reporting period, and continued 12 prosecutions from the previous reporting period.",
      ["1 [initiated]", "16 [initiated]", "12 [continued]"]
    ],
    [
      "The government reported initiating 10 and continuing 13 investigations, compared with initiating 11 and continuing three investigations during the previous reporting period.",
      ["10 [initiated]", "13 [continued]", "11 [initiated]", "3 [continued]"]
    ],
    [
      "Officials launched 20 investigations and continued 15 investigations of trafficking.",
      ["20 [initiated]", "15 [continued]"]
    ],
    [
      "The government initiated five prosecutions and continued three, and convicted two traffickers.",
      ["5 [initiated]", "3 [continued]", "2 []"]
    ]
  ])("%s", (text, expected) => {
    expect(rows(text, "2022", "2023").map((r) => r.replace(/@\S+ \S+/, ""))).toEqual(expected);
  });

  it.each([
    // One stage alone is the year's total, kept as such so that its comparisons share its key.
    ["The government initiated 139 investigations, compared with 120 in 2021.", ["139 []", "120 []"]],
    ["Police continued 12 prosecutions from previous years.", ["12 [from previous years]"]]
  ])("%s", (text, expected) => {
    expect(rows(text, "2022", "2023").map((r) => r.replace(/@\S+ \S+/, ""))).toEqual(expected);
  });
});
