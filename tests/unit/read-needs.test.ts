import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";
import {needBefore} from "../../loaders/general/read-needs.js";

/** "value@period indicator [category]" of one count of a paragraph on readmitted persons. */
const rowOf = (text: string, value: number) =>
  rows(`Persons readmitted to the country are helped to reintegrate. ${text}`, "2019", "2020").find((r) =>
    r.startsWith(`${value}@`)
  );

describe("the kind of need a count of people is helped with", () => {
  it.each<[string, number, string]>([
    [
      "As of June 30, 2019, appropriate measures have been taken to address medical needs of 120 people, social protection needs of 80 persons and education needs of 11 persons.",
      80,
      "80@2019-06-30 readmitted_persons_assisted [social protection]"
    ],
    [
      "As of June 30, 2019, appropriate measures have been taken to address medical needs of 120 people, social protection needs of 80 persons and education needs of 11 persons.",
      11,
      "11@2019-06-30 readmitted_persons_assisted [education]"
    ],
    [
      "As of June 30, 2019, appropriate measures have been taken to address medical needs of 120 people, social protection needs of 80 persons and education needs of 11 persons.",
      120,
      "120@2019-06-30 readmitted_persons_assisted [medical]"
    ],
    ["In 2019 the housing needs of 35 returnees were met.", 35, "35@2019 readmitted_persons_assisted [housing]"],
    [
      "In 2019 the working group addressed the employment needs of 42 persons.",
      42,
      "42@2019 readmitted_persons_assisted [employment]"
    ]
  ])("%s → %i", (text, value, row) => {
    expect(rowOf(text, value)).toBe(row);
  });

  it.each<[string, string | null]>([
    ["taken to address medical needs of ", "medical"],
    ["120 people, social protection needs of ", "social protection"],
    ["80 persons and education needs of ", "education"],
    ["met the basic needs of ", "basic"],
    ["special needs for ", "special"],
    ["psychological needs of ", "psychological"],
    ["the needs of ", null],
    ["in need of ", null],
    ["the needs of the ", null],
    ["received assistance for ", null]
  ])("%j names %s", (before, need) => {
    expect(needBefore(before)).toBe(need);
  });

  it("does not read a count of people helped outside readmission as readmitted persons", () => {
    expect(rows("In 2019 the medical needs of 40 refugees were addressed.").join(" ")).not.toContain(
      "readmitted_persons_assisted"
    );
  });
});
