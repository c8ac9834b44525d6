import {describe, expect, it} from "vitest";
import {healthOutcome} from "../../../loaders/general/read-health-outcome.js";
import {rows} from "../read-paragraph.js";

const charted = (text: string, number: string) =>
  rows(text, "2021", "2022-01-20").some((r) => r.startsWith(`${number.replace(/,/g, "")}@`));

// What happened to migrants' health is no migration event, whatever detention or asylum the sentence names.
describe("a health outcome of the people counted", () => {
  it.each([
    ["In 2021, 340 migrants tested positive for COVID-19 in the detention centres.", "340"],
    ["In 2021, 56 asylum seekers were infected with the virus.", "56"],
    ["In 2021, 88 asylum seekers in the camp were later diagnosed with measles.", "88"],
    ["In 2021, 340 migrants were detained and 12 tested positive.", "12"],
    ["In 2021, 1,450 deportees had been vaccinated before their removal.", "1,450"],
    ["During 2021, 73 refugees at the transit centre contracted cholera.", "73"],
    ["In 2021, 19 detained foreigners showed symptoms of tuberculosis.", "19"],
    ["In 2021, 402 returnees from Iran tested negative at the border.", "402"],
    ["In 2021, 61 trafficking victims in shelters were diagnosed with HIV.", "61"],
    ["In 2021, 230 irregular migrants have all recovered from the infection.", "230"]
  ])("%j is kept for review", (text, number) => {
    const at = text.indexOf(number) + number.length;
    expect(healthOutcome(text, at) || healthOutcome(text, text.indexOf(" ", at + 1))).toBe(true);
    expect(charted(text, number)).toBe(false);
  });

  it.each([
    ["In 2021, 340 migrants were detained.", "340"],
    ["In 2021, 340 migrants were detained and 12 tested positive.", "340"],
    ["In 2021, 56 asylum seekers lodged claims after they were infected in the camps.", "56"],
    ["In 2021, 71 victims received medical care.", "71"]
  ])("%j still charts its count", (text, number) => {
    expect(charted(text, number)).toBe(true);
  });
});
