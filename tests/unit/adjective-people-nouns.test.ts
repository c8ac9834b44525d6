import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator" of each row of a sentence read in a report of 2021. */
const read = (sentence: string) => observations(sentence, "2021", "2022-03-01").map((o) => `${o.value} ${o.indicator}`);

// "9,281 illegals were deported", "the foreign national residents": people named by an adjective used as a noun, or
// by "national" qualifying the residents, are people the vocabulary counts.
describe("people named by an adjective used as a noun or a qualified resident", () => {
  it.each([
    ["In 2021, some 9,281 illegals were deported.", "9281 deportations"],
    ["In 2021, 45 illegals were arrested by the border police.", "45 irregular_migrants_detected"],
    ["Last year 1,200 illegals were deported to their countries of origin.", "1200 deportations"],
    ["In 2021, 3,400 illegals were expelled.", "3400 deportations"],
    ["The police arrested 812 illegals in 2021.", "812 irregular_migrants_detected"],
    ["In 2021 the authorities deported 2,113 illegals.", "2113 deportations"],
    ["The number of foreign national residents stood at 2,612,328 in June 2021.", "2612328 foreigners_resident"],
    ["There were 41,000 foreign national residents in the country in 2021.", "41000 foreigners_resident"],
    ["The foreign resident population stood at 24,992 at the end of 2021.", "24992 foreigners_resident"],
    ["The foreign resident population reached 150,300 in 2021.", "150300 foreigners_resident"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // "illegal" as an adjective before its noun reads as before.
    ["In 2021, 45 illegal migrants were arrested.", "45 irregular_migrants_detected"],
    // Foreign nationals are not residents unless the text says so.
    ["In 2021, 300 foreign nationals were deported.", "300 deportations"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });

  it("a quoted term that opens on a number word counts nothing", () => {
    expect(read("In 2021, 79,000 foreigners with “three illegals” were punished.")).not.toContain(
      "3 immigration_offenders_penalised"
    );
  });
});
