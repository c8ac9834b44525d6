import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2016", "2017");

describe("money granted for victims, or to the NGOs that help them, is funding", () => {
  it.each([
    [
      "In 2016, Parliament established a new grant scheme of providing seven million kroner exclusively for measures to support trafficking victims.",
      "7000000 trafficking_victim_funding"
    ],
    [
      "In 2016, two NGOs received grants of 5.9 million kroner to operate shelters for trafficking victims.",
      "5900000 ngo_funding_trafficking"
    ],
    [
      "In 2016, an NGO received a grant of 450,000 euros to assist trafficking victims.",
      "450000 ngo_funding_trafficking"
    ],
    [
      "In 2016, NGOs assisting trafficking victims received subsidies of 300,000 euros.",
      "300000 ngo_funding_trafficking"
    ],
    [
      "A grant scheme of 2.4 million kroner supported trafficking victims in 2016.",
      "2400000 trafficking_victim_funding"
    ],
    [
      "In 2016, the government continued providing 1.5 million euros for the protection of trafficking victims.",
      "1500000 trafficking_victim_funding"
    ],
    [
      "Three shelters for trafficking victims received grants totalling 900,000 kroner in 2016.",
      "900000 trafficking_victim_funding"
    ],
    [
      "In 2016, the government gave 2.2 million euros in grants to NGOs sheltering trafficking victims.",
      "2200000 ngo_funding_trafficking"
    ],
    [
      "In 2016 the authorities were providing 80,000 dollars to the shelter for trafficking victims.",
      "80000 trafficking_victim_funding"
    ],
    [
      "Subsidies of 640,000 euros went to victim assistance services for trafficking victims in 2016.",
      "640000 trafficking_victim_funding"
    ]
  ])("%s", (text, row) => {
    expect(read(text)).toContain(row);
  });
});

describe("grants that are no money, and amounts given to each, are not funding totals", () => {
  it("grants of asylum are counted decisions", () => {
    expect(read("In 2016, 12,011 grants of asylum were made to refugees.")).not.toContain(
      "12011 trafficking_victim_funding"
    );
  });

  it.each([
    "In 2016 the government committed to providing 600,000 FCFA (1,130 dollars) to each of the six NGO shelters for trafficking victims.",
    "In 2016 the government paid 2,000 euros to every trafficking victim in a shelter.",
    "In 2016 the government gave trafficking victims 400 manats each."
  ])("%s", (text) => {
    expect(read(text).filter((r) => /funding/.test(r))).toEqual([]);
  });
});
