import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2021", "2022-07-19");

describe("a negated list of acts, one a light verb and its act, states a zero for each", () => {
  it.each([
    "The government did not prosecute or secure convictions in any sex trafficking or forced labor cases during the reporting period.",
    "Authorities did not investigate or secure convictions in any trafficking cases in 2021.",
    "The government did not prosecute or obtain convictions in any trafficking cases during the reporting period.",
    "The government did not investigate or secure prosecutions in any forced labor cases during the reporting period.",
    "Officials did not arrest or secure convictions in any trafficking cases in 2021.",
    "The government did not investigate or initiate prosecutions in any trafficking cases during the year.",
    "Prosecutors did not prosecute or secure convictions in any sex trafficking cases in 2021.",
    "In 2021, the authorities did not investigate, prosecute, or secure convictions in any trafficking cases.",
    "The government did not arrest or secure prosecutions in any trafficking cases in 2021.",
    "Officials did not investigate or secure prosecutions in any child trafficking cases in 2021."
  ])("%s", (text) => {
    const zeros = read(text).filter((r) => r.startsWith("0 "));
    expect(zeros.length).toBeGreaterThanOrEqual(2);
    expect(zeros.some((r) => /convict|prosecut|investig|indict/.test(r))).toBe(true);
  });
});

describe("no zero where nothing is negated", () => {
  it.each([
    "The government secured convictions in 12 trafficking cases in 2021.",
    "The government prosecuted and secured convictions in five trafficking cases during the reporting period."
  ])("%s", (text) => {
    expect(read(text).filter((r) => r.startsWith("0 "))).toEqual([]);
  });
});
