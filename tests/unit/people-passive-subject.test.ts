import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (sentence: string) => indicatorsOf(sentence, "2017", "2017-12-31");

// "In 2017, 413 were deported": a number with no noun, the subject of a verb whose passive subject is always people,
// counts people.
describe("the bare subject of a verb of people, passive or active", () => {
  it.each([
    ["In 2017, 413 were deported.", "413 deportations"],
    ["Last year 1,250 were repatriated to their home countries.", "1250 repatriations"],
    ["In 2017, 96 were arrested at the border.", "96 border_violations"],
    ["During the year, 58 were rescued at sea.", "58 migrants_rescued"],
    ["In 2017, 312 were detained.", "312 persons_arrested"],
    ["In 2017, 27 were apprehended.", "27 persons_arrested"],
    ["In 2017, 19 were convicted.", "19 persons_convicted"],
    ["In 2017, 1,200 were resettled.", "1200 refugees_resettled"],
    ["In 2017, 340 were intercepted.", "340 migrants_intercepted"],
    ["In 2017, 75 were expelled.", "75 deportations"],
    ["In 2017, some 413 were forcibly deported.", "413 deportations"],
    ["In 2017, 64 have been forcibly returned.", "64 deportations"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });

  it.each([
    // A verb a case or a permit may undergo says nothing of people.
    ["In 2017, 413 were granted.", 0],
    ["In 2017, 413 were identified.", 0],
    // A number inside a clause that does not open on it is no subject ("aged 12 were").
    ["Those aged 12 were deported.", 0]
  ])("%s", (sentence, count) => {
    expect(read(sentence)).toHaveLength(count);
  });

  // "In 2019, 300 crossed the border", "Over 161,279 have applied for refugee status": the active subject of a verb
  // whose subject is always people.
  it.each([
    ["In 2019, 300 crossed the border.", "300 border_crossings"],
    ["In 2019, 300 arrived by sea.", "300 border_crossings"],
    ["So far this year, 1,200 have fled to Uganda.", "1200 people_fled"],
    ["Over 161,279 have applied for refugee status.", "161279 asylum_applications"],
    ["In 2019, 2,400 applied for asylum.", "2400 asylum_applications"],
    ["About 45 fled to Kenya.", "45 people_fled"],
    ["In 2019, 38 drowned off the coast.", "38 migrant_deaths"],
    ["Last year 640 disembarked in Sicily.", "640 border_crossings"],
    ["In 2019, 1,050 sought asylum in Germany.", "1050 asylum_applications"],
    ["In 2019, some 75 have emigrated.", "75 emigrants"]
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});
