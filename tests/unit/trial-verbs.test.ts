import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2023", "2024-06-15");

describe("people brought to trial are prosecuted", () => {
  it.each([
    ["In 2023, 69 individuals were tried under Article 135 of the Criminal Code for human trafficking.", "69"],
    ["In 2023, 41 persons were tried for trafficking in persons.", "41"],
    ["Some 17 suspected traffickers were tried in 2023.", "17"],
    ["In 2023, 12 defendants stood trial for human trafficking.", "12"],
    ["A total of 23 people were put on trial for trafficking offences in 2023.", "23"],
    ["In 2023, 8 officials were tried for complicity in human trafficking.", "8"],
    ["During 2023, 35 individuals were tried for trafficking crimes.", "35"],
    ["In 2023, 14 alleged traffickers stood trial.", "14"],
    ["Courts reported that 56 people were tried for trafficking in 2023.", "56"],
    ["In 2023, 30 suspects have been tried for human trafficking.", "30"]
  ])("%s", (text, value) => {
    expect(read(text).some((r) => r.startsWith(`${value} `) && /prosecut/.test(r))).toBe(true);
  });
});

describe("trying to do something is no trial", () => {
  it.each(["In 2023, 45 migrants tried to cross the border.", "In 2023, 300 people tried to reach Europe by sea."])(
    "%s",
    (text) => {
      expect(read(text).some((r) => /prosecut/.test(r))).toBe(false);
    }
  );
});
