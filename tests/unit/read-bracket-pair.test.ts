import {describe, expect, it} from "vitest";
import {bracketPairSide} from "../../loaders/general/read-bracket-pair.js";
import {rows} from "./read-paragraph.js";

describe("a pair in brackets after a noun", () => {
  it.each([
    ["The government identified fewer potential child victims of trafficking (200 compared to 252), and", "victims"],
    ["Police identified more child victims (200 compared with 252) in the capital.", "victims"],
    ["The courts convicted fewer traffickers (200 versus 252).", "traffickers"],
    ["Authorities identified more foreign victims (200 vs. 252).", "victims"],
    ["The government identified fewer female victims (200 as against 252).", "victims"],
    ["Police identified fewer adult victims of forced labor (200 compared to 252).", "victims"],
    ["The government prosecuted fewer suspects (200 compared to 252) during the year.", "suspects"],
    ["Authorities investigated fewer cases (200 compared to 252).", "cases"],
    ["The ministry identified more potential victims (200 against 252).", "victims"],
    ["The government convicted fewer traffickers (200 compared to 252); courts acquitted others.", "traffickers"]
  ])("reads both of %s", (text) => {
    const read = rows(text, "2019", "2020-06-25");
    expect(read.some((r) => r.startsWith("200@2019"))).toBe(true);
    expect(read.some((r) => r.startsWith("252@2018"))).toBe(true);
  });

  it.each([
    "The government identified fewer child victims (200, compared with 252 the previous year).",
    "Police identified fewer child victims (200 compared to 252 in the previous year).",
    "The courts convicted fewer traffickers (200 versus 252 the prior year)."
  ])("reads the earlier count of %s once", (text) => {
    const read = rows(text, "2019", "2020-06-25");
    expect(read.filter((r) => r.startsWith("252@2018"))).toHaveLength(1);
    expect(read.some((r) => r.startsWith("252@2017"))).toBe(false);
  });

  it.each([
    "The government identified 200 victims (compared to 252 in 2018).",
    "Police identified victims (200) and suspects (252).",
    "Police identified victims (200 in 2019, 252 in 2018).",
    "The ratio (200 to 252) was high.",
    "The government identified 200 victims, compared to 252.",
    "The law (Act 200 of 252) applies.",
    "Victims (200 compared to) were assisted.",
    "Victims (compared to 252) were assisted.",
    "The range (200–252) was given.",
    "Victims (200 of 252) were assisted."
  ])("finds no pair in %s", (text) => {
    const at = text.search(/\d/);
    expect(bracketPairSide(text, at)).toBeNull();
  });
});
