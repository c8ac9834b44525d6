import {describe, expect, it} from "vitest";
import {countryRows} from "./read-paragraph.js";

/** "value country/citizenship" of the count of `value` in a paragraph of a report on `state`. */
const row = (text: string, value: number, state = "Mexico") =>
  countryRows(text, state).find((r) => r.startsWith(`${value} `));

describe("a state listed after a count of one foreign people names another people", () => {
  it.each([
    [
      "Nationals of Honduras lodged 31,086 applications, followed by El Salvador (7,803) and Guatemala (5,271).",
      7803,
      "El Salvador"
    ],
    [
      "Nationals of Honduras lodged 31,086 applications, followed by El Salvador (7,803) and Guatemala (5,271).",
      5271,
      "Guatemala"
    ],
    [
      "Hondurans lodged 31,086 asylum applications, followed by El Salvador with 7,803 and Guatemala with 5,271.",
      7803,
      "El Salvador"
    ],
    [
      "Hondurans lodged 31,086 asylum applications, followed by El Salvador with 7,803 and Guatemala with 5,271.",
      5271,
      "Guatemala"
    ],
    ["Citizens of Georgia received 412 work permits, followed by Ukraine (230) and Moldova (118).", 230, "Ukraine"],
    ["Citizens of Georgia received 412 work permits, followed by Ukraine (230) and Moldova (118).", 118, "Moldova"],
    ["In 2021, 2,600 Venezuelans applied for asylum, followed by Cuba (1,900) and Haiti (1,100).", 1900, "Cuba"],
    ["In 2021, 2,600 Venezuelans applied for asylum, followed by Cuba (1,900) and Haiti (1,100).", 1100, "Haiti"],
    ["Syrians lodged 5,200 applications, followed by Iraq (2,400), Afghanistan (1,800) and Iran (900).", 2400, "Iraq"],
    [
      "Syrians lodged 5,200 applications, followed by Iraq (2,400), Afghanistan (1,800) and Iran (900).",
      1800,
      "Afghanistan"
    ],
    ["Syrians lodged 5,200 applications, followed by Iraq (2,400), Afghanistan (1,800) and Iran (900).", 900, "Iran"],
    ["Afghans filed 4,300 claims, followed by Iraq (2,100) and Somalia (1,500).", 2100, "Iraq"],
    ["Afghans filed 4,300 claims, followed by Iraq (2,100) and Somalia (1,500).", 1500, "Somalia"],
    ["In 2020, 1,900 Eritreans lodged applications, followed by Sudan (1,200) and Ethiopia (800).", 1200, "Sudan"],
    ["In 2020, 1,900 Eritreans lodged applications, followed by Sudan (1,200) and Ethiopia (800).", 800, "Ethiopia"],
    ["Applicants from Nicaragua filed 8,900 claims, followed by Cuba (4,100) and Haiti (2,300).", 4100, "Cuba"],
    ["Applicants from Nicaragua filed 8,900 claims, followed by Cuba (4,100) and Haiti (2,300).", 2300, "Haiti"],
    ["Nationals of Eritrea lodged 3,726 applications, followed by Sudan (2,842) and Iran (2,407).", 2842, "Sudan"],
    ["Nationals of Eritrea lodged 3,726 applications, followed by Sudan (2,842) and Iran (2,407).", 2407, "Iran"]
  ])("%s (%i)", (text, value, people) => expect(row(text, value)).toBe(`${value} -/${people}`));
});

describe("a listed state stays a place where the list says so", () => {
  it("a list after the reporting state's own people names where they went", () => {
    const text =
      "In 2021, 4,500 Nepali workers were given labour permits, followed by Croatia (1,138) and Malta (239).";
    expect(row(text, 1138, "Nepal")).not.toBe("1138 -/Croatia");
  });

  it("a list after people placed somewhere names other places", () => {
    const text = "In 2021, 3,000 Syrians arrived in Greece, followed by Italy (1,200) and Spain (900).";
    expect(row(text, 1200)).toBe("1200 Italy/Syria");
  });

  it("a list after people sent to a place names other places", () => {
    const text = "In 2021, 3,000 Nicaraguans fled to Costa Rica, followed by Panama (1,200) and Mexico (900).";
    expect(row(text, 1200)).not.toBe("1200 -/Panama");
  });
});
