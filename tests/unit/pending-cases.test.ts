import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) => observations(text, "2019", "2020-06").map((o) => `${o.value} ${o.indicator}`);

describe("trafficking cases still open are pending cases", () => {
  it.each([
    ["There were 127 additional trafficking cases from previous reporting periods that remained ongoing.", "127"],
    ["In 2019, 40 trafficking cases remained pending before the courts.", "40"],
    ["At the end of 2019, 18 trafficking prosecutions were still pending.", "18"],
    ["Some 22 trafficking investigations remained ongoing in 2019.", "22"],
    ["In 2019, 35 trafficking cases were awaiting trial.", "35"],
    ["Nine trafficking cases remained open at the end of the reporting period.", "9"],
    ["In 2019 there were 64 pending trafficking cases.", "64"],
    ["In 2019, 14 trafficking cases were pending in the courts.", "14"],
    ["A total of 51 trafficking prosecutions remained pending in 2019.", "51"],
    ["In 2019, 7 trafficking cases were still open.", "7"]
  ])("%s", (text, value) => {
    expect(read(text)).toContain(`${value} trafficking_cases_pending`);
  });

  it.each([
    ["The police investigated 45 trafficking cases in 2019.", "45 trafficking_investigations"],
    ["In 2019, prosecutors initiated 12 trafficking prosecutions.", "12 trafficking_prosecutions"],
    ["Courts convicted 8 traffickers in 2019.", "8 trafficking_convictions"]
  ])("leaves a case opened or closed in the period to its own indicator: %s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("needs a trafficking topic", () => {
    expect(read("In 2019, 40 asylum cases remained pending.").join(" ")).not.toMatch(/trafficking_cases_pending/);
  });
});
