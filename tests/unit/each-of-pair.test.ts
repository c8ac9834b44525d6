import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

describe("a figure given for each state of a pair counts each of them", () => {
  it.each([
    [
      "Small numbers of Indians also returned from Iraq (342), Lebanon (210), and Afghanistan and Sudan (one each).",
      "India",
      ["1 Sudan/India", "1 Afghanistan/India"]
    ],
    ["Victims came from Ghana (12), Togo and Benin (3 each).", "Nigeria", ["3 -/Benin", "3 -/Togo"]],
    ["Workers were returned from Qatar (40), Kuwait and Oman (5 each).", "Nepal", ["5 Oman/-", "5 Kuwait/-"]],
    [
      "Nepalis returned from Malaysia (81), and Iraq and Jordan (two each).",
      "Nepal",
      ["2 Jordan/Nepal", "2 Iraq/Nepal"]
    ],
    [
      "The victims identified were nationals of Romania (14), and Bulgaria and Hungary (6 each).",
      "Austria",
      ["6 -/Hungary", "6 -/Bulgaria"]
    ],
    [
      "Deportees were returned to Mexico (1,204), Guatemala (310), and Honduras and El Salvador (95 each).",
      "United States",
      ["95 El Salvador/-", "95 Honduras/-"]
    ],
    [
      "Asylum seekers came from Syria (210), Iraq (98), and Iran and Eritrea (12 each).",
      "Germany",
      ["12 -/Eritrea", "12 -/Iran"]
    ],
    [
      "Migrants were intercepted from Morocco (51), and Algeria and Tunisia (nine each).",
      "Spain",
      ["9 -/Tunisia", "9 -/Algeria"]
    ],
    [
      "Victims identified in 2021 came from Ukraine (22), Moldova (8), and Belarus and Georgia (4 each).",
      "Poland",
      ["4 -/Georgia", "4 -/Belarus"]
    ],
    [
      "Citizens returned from Russia (305), and Kazakhstan and Turkey (17 each).",
      "Kyrgyzstan",
      ["17 Turkey/-", "17 Kazakhstan/-"]
    ],
    [
      "In 2021, 12 victims were returned to Nigeria, and three victims each to Ghana and Togo.",
      "Italy",
      ["3 Ghana/-", "3 Togo/-"]
    ],
    ["Refugees arrived from Sudan (1,310), and Chad and Niger (eleven each).", "Libya", ["11 -/Niger", "11 -/Chad"]]
  ])("%s", (text, state, expected) =>
    expect(countryRows(text, state).filter((r) => r.startsWith(expected[0].split(" ")[0] + " "))).toEqual(
      expect.arrayContaining(expected)
    )
  );

  it.each([
    // "each" of a rate or a share is no pair of states.
    ["Victims came from Ghana (12), Togo and Benin (3).", "Nigeria", "3 -/Togo"],
    // A pair the text does not give one figure for each.
    ["Workers were returned from Qatar (40), Kuwait (5) and Oman (6).", "Nepal", "5 Oman/Nepal"],
    // "each year" is a rate, not a state.
    ["Ireland returned just three asylum seekers each year to Italy and Greece in 2021.", "Ireland", "3 Greece/-"]
  ])("no copy in %s", (text, state, absent) => expect(countryRows(text, state)).not.toContain(absent));
});
