import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2018", "2019").map((o) => `${o.value}@${o.period.label} ${o.category ?? "-"}`);

// "law enforcement referred 89 (44 in 2017)": a part set apart by the body that acted keeps that body in the figure
// for another year bracketed after it, as it keeps the part's other qualifiers.
describe("a body's part and its figure for another year", () => {
  it.each([
    [
      "The government identified 120 victims; police identified 70 (52 in 2017) and NGOs identified 50 (38 in 2017).",
      [
        "120@2018 government",
        "70@2018 identified by police",
        "52@2017 identified by police",
        "50@2018 identified by ngos",
        "38@2017 identified by ngos"
      ]
    ],
    [
      "First responders referred 193 potential victims (142 in 2017); law enforcement referred 89 (44 in 2017), social welfare organizations referred 45 (57 in 2017).",
      [
        "193@2018 potential",
        "142@2017 potential",
        "89@2018 referred by law enforcement",
        "44@2017 referred by law enforcement",
        "45@2018 referred by social welfare organizations",
        "57@2017 referred by social welfare organizations"
      ]
    ],
    [
      "First responders referred 193 potential victims; 38 were referred by civil society or other means (41 in 2017).",
      [
        "193@2018 potential",
        "38@2018 referred by civil society or other means",
        "41@2017 referred by civil society or other means"
      ]
    ],
    [
      "Authorities identified 80 victims; border police identified 12 (9 in 2017), and NGOs identified 68 (71 in 2017).",
      [
        "80@2018 identified by authorities",
        "12@2018 identified by border police",
        "9@2017 identified by border police",
        "68@2018 identified by ngos",
        "71@2017 identified by ngos"
      ]
    ],
    [
      "Officials referred 150 victims to services; border guards referred 60 (48 in 2017).",
      ["150@2018 referred by officials", "60@2018 referred by border guards", "48@2017 referred by border guards"]
    ],
    [
      "The government identified 64 victims; gendarmes identified 20 (15 in 2017) and embassies identified 6 (4 in 2017).",
      [
        "64@2018 government",
        "20@2018 identified by gendarmes",
        "15@2017 identified by gendarmes",
        "6@2018 identified by embassies",
        "4@2017 identified by embassies"
      ]
    ],
    [
      "The government repatriated 40 victims; IOM repatriated 25 (19 in 2017).",
      ["40@2018 government", "25@2018 repatriated by iom", "19@2017 repatriated by iom"]
    ],
    [
      "Officials referred 101 victims; NGOs referred 57 (66 in 2017) and 44 were referred by police (30 in 2017).",
      [
        "101@2018 -",
        "57@2018 referred by ngos",
        "66@2017 referred by ngos",
        "44@2018 referred by police",
        "30@2017 referred by police"
      ]
    ],
    [
      "The government identified 58 victims; 21 were identified by labor inspectors (17 in 2017).",
      ["58@2018 government", "21@2018 identified by labor inspectors", "17@2017 identified by labor inspectors"]
    ],
    [
      "The government identified 210 victims; consulates identified 35 (27 in 2017).",
      ["210@2018 -", "35@2018 identified by consulates", "27@2017 identified by consulates"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A figure for another year after a count no body sets apart names no body.
    ["The government identified 76 victims (40 in 2017).", ["76@2018 -", "40@2017 -"]],
    ["Officials referred 150 victims to services (120 in 2017).", ["150@2018 -", "120@2017 -"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
