import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value unit@period citizenship" of each row of a sentence of an annual chapter on 2017. */
const read = (sentence: string) =>
  observations(sentence, "2017", "2018-06-28").map(
    (o) => `${o.value} ${o.unit}@${o.period.label} ${o.citizenship ?? "-"}`
  );

// "prosecuted four cases against five Maldivian and seven Bangladeshi defendants": the people legal proceedings are
// brought against are counted under the proceedings' verb, each with their own citizenship.
describe("people that counted proceedings are brought against", () => {
  it.each([
    ["The government prosecuted four cases against 12 defendants.", "12 persons@2017 -"],
    ["Prosecutors filed 6 cases against 11 suspects in 2017.", "11 persons@2017 -"],
    [
      "The government prosecuted four cases against five Maldivian and seven Bangladeshi defendants.",
      "5 persons@2017 Maldives"
    ],
    [
      "The government prosecuted four cases against five Maldivian and seven Bangladeshi defendants.",
      "7 persons@2017 Bangladesh"
    ],
    ["The government prosecuted four trafficking cases against five Maldivian defendants.", "5 persons@2017 Maldives"],
    ["Authorities initiated three prosecutions against seven Nigerian defendants.", "7 persons@2017 Nigeria"],
    ["Authorities brought 9 charges against 14 suspects.", "14 persons@2017 -"],
    ["The government prosecuted six trafficking cases against 10 defendants.", "10 persons@2017 -"],
    ["The government prosecuted two sex trafficking cases against three Nepali defendants.", "3 persons@2017 Nepal"],
    ["The police opened 5 investigations against 8 Chinese nationals.", "8 persons@2017 China"],
    ["Authorities investigated 4 trafficking cases involving five Maldivian suspects.", "5 persons@2017 Maldives"],
    [
      "The PGO continued prosecuting four labor trafficking cases against five Maldivian and seven Bangladeshi defendants from the previous reporting period.",
      "5 persons@2017 Maldives"
    ],
    [
      "The PGO continued prosecuting four labor trafficking cases against five Maldivian and seven Bangladeshi defendants from the previous reporting period.",
      "4 cases@2017 -"
    ]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // "against" after any other noun sets a figure against another period's.
    ["UNHCR registered 1,016 new arrivals against 973 during the same period in 2016.", "973 crossings@2016 -"],
    // Cases begun in the previous reporting period and not said to continue are of that period.
    ["The government prosecuted four cases in the previous reporting period.", "4 cases@2016 -"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});
