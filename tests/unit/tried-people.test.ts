import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2023", "2024-02-01");

describe("people tried, in a reduced clause or while being tried, were prosecuted", () => {
  it.each([
    [
      "In 2023, the Ministry reported a total of 162 people tried in human trafficking cases.",
      "162 trafficking_prosecutions"
    ],
    ["In 2023, 23 people were being tried for forced labour.", "23 trafficking_prosecutions"],
    ["In 2023, 15 cases of forced labour were heard, with 23 people being tried.", "23 trafficking_prosecutions"],
    ["In 2023, there were 40 persons tried for human trafficking.", "40 trafficking_prosecutions"],
    [
      "In 2023, the court heard cases against 12 defendants tried for trafficking in persons.",
      "12 trafficking_prosecutions"
    ],
    ["In 2023, 31 suspects tried under the anti-trafficking law were convicted.", "31 trafficking_prosecutions"],
    ["In 2023, the report lists 18 traffickers tried in absentia.", "18 trafficking_prosecutions"],
    ["In 2023, 9 individuals tried for sex trafficking were acquitted.", "9 trafficking_prosecutions"],
    ["In 2023, 27 offenders tried for human trafficking received prison terms.", "27 trafficking_prosecutions"],
    [
      "In 2023, the prosecutor said 64 people tried in trafficking cases were foreigners.",
      "64 trafficking_prosecutions"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("people who tried to do something were not tried", () => {
  it.each([
    "In 2023, 40 people tried to cross the border into the country.",
    "In 2023, 120 migrants tried to enter irregularly.",
    "In 2023, 15 suspects tried to flee."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.endsWith("prosecutions"))).toEqual([]);
  });
});
