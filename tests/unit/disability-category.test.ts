import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period indicator [category]" of one count of a paragraph. */
const rowOf = (text: string, value: number) => rows(text, "2018", "2019").find((r) => r.startsWith(`${value}@`));

describe("people with disabilities as a part, and placements in the centres", () => {
  it.each<[string, number, string]>([
    [
      "There were no persons with disabilities among foreigners and stateless persons, placed in the Centers during the reporting period.",
      0,
      "0@2018 detention_placements [persons with disabilities]"
    ],
    [
      "In 2018, 312 foreigners were placed in the detention centre; 4 persons with disabilities were among them.",
      4,
      "4@2018 detention_placements [persons with disabilities]"
    ],
    [
      "In 2018, 3 persons with a disability were placed in the detention centre for irregular migrants.",
      3,
      "3@2018 detention_placements [persons with disabilities]"
    ],
    [
      "In 2018, 2 disabled persons were placed in the detention centre.",
      2,
      "2@2018 detention_placements [persons with disabilities]"
    ],
    [
      "In 2018, 415 foreigners were placed in the centres for illegal migrants.",
      415,
      "415@2018 detention_placements []"
    ],
    ["In 2018, 415 migrants were placed in the centre pending their removal.", 415, "415@2018 detention_placements []"],
    [
      "In 2018, 120 foreigners were placed in the detention centre, including 6 persons with disabilities.",
      6,
      "6@2018 detention_placements [persons with disabilities]"
    ],
    [
      "In 2018, 18 victims of trafficking with disabilities were identified.",
      18,
      "18@2018 trafficking_victims_identified [persons with disabilities]"
    ],
    [
      "In 2018, 250 persons with disabilities were assisted by the shelter.",
      250,
      "250@2018 persons_assisted [persons with disabilities]"
    ],
    ["In 2018, 120 foreigners were placed in the detention centre.", 120, "120@2018 detention_placements []"]
  ])("%s → %i", (text, value, row) => {
    expect(rowOf(text, value)).toBe(row);
  });

  it.each<[string, number, string]>([
    // A centre that assists victims is no detention; a disability named by nobody counted is no part.
    ["In 2018, 15 victims were placed in the centre for victims of trafficking.", 15, "detention_placements"],
    [
      "In 2018, 40 foreigners were accommodated in the reception centre for asylum seekers.",
      40,
      "detention_placements"
    ],
    ["In 2018, 312 foreigners were placed in the detention centre.", 312, "persons with disabilities"]
  ])("%s → %i is not read as %s", (text, value, not) => {
    expect(rowOf(text, value) ?? "").not.toContain(not);
  });
});
