import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

/** "value country/citizenship" of one sentence of a 2022 report on Switzerland. */
const read = (text: string) => countryRows(text, "Switzerland", "2022", "2023");

describe("a list of states in brackets after 'nationals of' or 'citizens of' gives citizenships", () => {
  it.each([
    [
      "In 2022, most asylum applications were filed by nationals of Afghanistan (488), Eritrea (142) and Syria (77).",
      ["488 -/Afghanistan", "142 -/Eritrea", "77 -/Syria"]
    ],
    [
      "In 2022, subsidiary protection was given to citizens of Russia (18), Ukraine (8), Iraq (7) and Syria (3).",
      ["18 -/Russian Federation", "8 -/Ukraine", "7 -/Iraq", "3 -/Syria"]
    ],
    [
      "In 2022, refugee status was granted to citizens of Syria (21), Egypt (3) and China (4).",
      ["21 -/Syria", "3 -/Egypt", "4 -/China"]
    ],
    ["In 2022, asylum was granted to nationals of the Sudan (40) and Yemen (12).", ["40 -/Sudan", "12 -/Yemen"]],
    [
      "In 2022, 300 asylum applications were filed, mostly by citizens of Georgia (65), Algeria (81) and Morocco (30).",
      ["300 -/-", "65 -/Georgia", "81 -/Algeria", "30 -/Morocco"]
    ],
    [
      "In 2022, detention orders were issued against nationals of Albania (12) and Serbia (9).",
      ["12 -/Albania", "9 -/Serbia"]
    ],
    [
      "In 2022, work permits were issued to citizens of India (5,120), Nepal (2,300) and Pakistan (900).",
      ["5120 -/India", "2300 -/Nepal", "900 -/Pakistan"]
    ],
    [
      "In 2022, removals concerned mainly nationals of Tunisia (70), Morocco (52) and Algeria (31).",
      ["70 -/Tunisia", "52 -/Morocco", "31 -/Algeria"]
    ],
    [
      "In 2022, family reunification visas were issued to citizens of Kosovo (110) and Turkey (95).",
      ["110 -/Kosovo", "95 -/Turkey"]
    ],
    [
      "In 2022, applications were lodged by nationals of Iran (6), Iraq (4) and Somalia (2).",
      ["6 -/Iran", "4 -/Iraq", "2 -/Somalia"]
    ]
  ])("%s", (text, rows) => {
    expect(read(text)).toEqual(rows);
  });

  it("reads small counts in brackets as counts when they do not number items in sequence", () => {
    expect(
      read("In 2022, asylum was granted to citizens of Russia (2), Belarus (2), Pakistan (1) and Ukraine (1).")
    ).toEqual(["2 -/Russian Federation", "2 -/Belarus", "1 -/Pakistan", "1 -/Ukraine"]);
  });

  it("keeps places in brackets places when no nationals are named before them", () => {
    expect(read("In 2022, asylum applications were filed in Geneva (300), Zurich (200) and Bern (100).")).not.toContain(
      "300 -/Geneva"
    );
    expect(read("In 2022, 400 refugees were resettled in Germany (300) and France (100).")).toContain("300 Germany/-");
  });

  it("leaves a count with its own people alone", () => {
    expect(
      read(
        "In 2022, the most permits, 1,727, were issued to citizens of Ukraine, with 1,696 issued to Russian citizens."
      )
    ).toContain("1696 -/Russian Federation");
  });

  it("leaves items numbered in sequence as no counts", () => {
    expect(
      read("In 2022, the law provided (1) shelter, (2) counselling and (3) legal aid to 45 asylum seekers.")
    ).toEqual(["45 -/-"]);
  });
});
