import {describe, expect, it} from "vitest";
import {isRate} from "../../../loaders/general/read-rate.js";
import {rows} from "../read-paragraph.js";

const at = (text: string, number: string) => [text.indexOf(number), text.indexOf(number) + number.length] as const;
const charted = (text: string, number: string) =>
  rows(text, "2021", "2022-01-10").some((r) => r.startsWith(`${number.replace(/,/g, "")}@`));

// An average opening a sentence is said of every clause of it, not only the first.
describe("an average opening a sentence", () => {
  it.each([
    ["On average, 35 boats were intercepted each week, and about 640 migrants were detained.", "640"],
    ["On average, 12 victims were referred a month, while 9 traffickers were arrested.", "9"],
    ["On an average day, 410 asylum applications were lodged and 95 claimants were interviewed.", "95"],
    ["On a typical day, patrols stopped 80 vehicles, and 230 people were returned.", "230"],
    ["On average, over 1,300 travellers were screened daily, and 44 foreigners were refused entry.", "44"],
    ["On average, 27 workers were inspected per site, and 3 employers were fined.", "3"],
    ["On average each day, 150 migrants arrived, and 60 were transferred to the mainland.", "60"],
    ["“On average, 18 minors were placed in care every month, and 7 were reunited with families.”", "7"],
    ["On average, the hotline took 70 calls a day, and 11 victims were identified through it.", "11"],
    ["On average, 5,200 remittance transfers were made weekly, and 260 were blocked.", "260"]
  ])("%j: the later count is a rate too", (text, number) => {
    expect(isRate(text, ...at(text, number))).toBe(true);
    expect(charted(text, number)).toBe(false);
  });

  it.each([
    ["In 2021, 640 migrants were detained, and on average 35 boats were intercepted each week.", "640"],
    ["In 2021, the average stay was 40 days, and 1,120 migrants were detained.", "1,120"],
    ["In 2021, 230 people were returned; on average, 4 were returned a week.", "230"]
  ])("%j: a count outside the average stays a count", (text, number) => {
    expect(isRate(text, ...at(text, number))).toBe(false);
    expect(charted(text, number)).toBe(true);
  });
});
