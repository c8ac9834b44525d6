import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

const read = (text: string) => countryRows(text, "Japan", "2015", "2016-01-23");

describe("a people named the largest group heads a ranking of the count before", () => {
  it.each([
    [
      "A record 7,586 people applied for refugee status in 2015. Nepalese represented the largest group at 1,768, followed by Indonesians at 969.",
      ["1768 -/Nepal", "969 -/Indonesia"]
    ],
    [
      "In 2015, 5,000 people applied for asylum. Syrians were the largest group at 2,100, followed by Iraqis at 900.",
      ["2100 -/Syria", "900 -/Iraq"]
    ],
    [
      "In 2015, 3,400 people applied for asylum. Afghans made up the largest group, at 1,250, followed by Pakistanis at 610.",
      ["1250 -/Afghanistan", "610 -/Pakistan"]
    ],
    [
      "In 2015, 2,800 people applied for asylum. Eritreans formed the largest nationality at 1,020, followed by Somalis at 480.",
      ["1020 -/Eritrea", "480 -/Somalia"]
    ],
    [
      "In 2015, 4,100 people applied for asylum. Vietnamese constituted the largest group with 1,400, followed by Cambodians with 700.",
      ["1400 -/Vietnam", "700 -/Cambodia"]
    ],
    [
      "In 2015, 6,200 people applied for asylum. Iraqis represented the largest group at 2,300, followed by Iranians at 1,100.",
      ["2300 -/Iraq", "1100 -/Iran"]
    ],
    [
      "In 2015, 1,900 people applied for asylum. Bangladeshis represented the largest nationality at 640, followed by Nepalese at 300.",
      ["640 -/Bangladesh", "300 -/Nepal"]
    ],
    [
      "In 2015, 2,700 people applied for asylum. Yemenis represented the largest group at 1,050, followed by Sudanese at 420.",
      ["1050 -/Yemen", "420 -/Sudan"]
    ],
    [
      "In 2015, 2,500 people applied for asylum. Ethiopians constituted the largest group at 900, followed by Somalis at 500.",
      ["900 -/Ethiopia", "500 -/Somalia"]
    ],
    [
      "In 2015, 3,900 people applied for asylum. Pakistanis comprised the largest group at 1,300, followed by Bangladeshis at 800.",
      ["1300 -/Pakistan", "800 -/Bangladesh"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected)
      expect(got.some((r) => r.startsWith(e.split(" ")[0] + " ") && r.endsWith(e.split("/")[1]))).toBe(true);
  });
});

describe("nationals of a state listed with their count are its citizens", () => {
  it.each([
    [
      "In 2015, 7,586 people applied for asylum. Nepalese represented the largest group at 1,768, followed by Turks at 926, and nationals of Myanmar at 808.",
      "808"
    ],
    ["In 2015, 5,000 people applied for asylum, led by Syrians at 2,100 and nationals of Iraq at 900.", "900"],
    ["In 2015, 3,000 people applied for asylum, followed by Afghans at 800 and citizens of Pakistan at 300.", "300"],
    ["In 2015, 2,000 people applied for asylum, led by Eritreans at 700 and nationals of Sudan at 250.", "250"],
    ["In 2015, 1,500 people applied for asylum, led by Iranians at 400 and citizens of Iraq at 220.", "220"],
    ["In 2015, 4,000 people applied for asylum, led by Turks at 1,200 and nationals of Pakistan at 640.", "640"],
    ["In 2015, 2,400 people applied for asylum, followed by Somalis at 500 and nationals of Sudan at 330.", "330"],
    ["In 2015, 1,800 people applied for asylum, led by Syrians at 600 and citizens of Myanmar at 140.", "140"],
    ["In 2015, 3,300 people applied for asylum, led by Nepalese at 900 and nationals of Iraq at 410.", "410"],
    ["In 2015, 2,900 people applied for asylum, followed by Eritreans at 700 and citizens of Pakistan at 260.", "260"]
  ])("%j", (text, value) => {
    const row = read(text).find((r) => r.startsWith(`${value} `));
    expect(row).toBeDefined();
    // The state after "nationals of" is their citizenship, never the place counted in.
    expect(row).toMatch(/^\d+ [^/]*\/(?:Burma|Myanmar|Iraq|Pakistan|Sudan)$/);
    expect(row!.split(" ")[1].split("/")[0]).not.toMatch(/Burma|Myanmar|Iraq|Pakistan|Sudan/);
  });
});
