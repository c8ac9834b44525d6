import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value unit sex/age" of each count of a sentence read in a report of 2019. */
const counts = (sentence: string) =>
  observations(sentence, "2019", "2020-06-25")
    .filter((o) => o.unit !== "percent")
    .map((o) => `${o.value} ${o.unit} ${o.sex ?? "-"}/${o.age_group ?? "-"}`);

// "49 percent (339) of identified victims received assistance": a count alone in brackets after its share is of what
// the share is of.
describe("a bare count bracketed after its share", () => {
  it.each([
    ["In 2019, 49 percent (339) of identified victims received assistance.", "339 persons -/-"],
    ["Some 45% (1,200) of the returnees were women.", "1200 persons female/adult"],
    ["Nearly 75% (847) of the persons interviewed were below the age of 30.", "847 persons -/-"],
    ["About 20 per cent (310) of the deportees were children.", "310 persons -/child"],
    ["Only 12% (58) of the applications were granted.", "58 applications -/-"],
    ["In 2019, 60 percent (1,450) of the migrants returned home.", "1450 persons -/-"],
    ["Around 8% (96) of the cases were prosecuted.", "96 cases -/-"],
    ["Some 35 percent (2,100) of all arrivals were Syrians.", "2100 crossings -/-"],
    ["In 2019, 15 percent (90) of the identified victims were men.", "90 persons male/adult"],
    ["Last year 30% (270) of the repatriated migrants were girls.", "270 persons female/child"]
  ])("%s", (sentence, expected) => {
    expect(counts(sentence)).toContain(expected);
  });

  it.each([
    // A count with its own noun counts that noun already.
    ["About 30 percent (450 people) of the arrivals were children.", ["450 persons -/-"]],
    // A bracket after no share is no part of a whole named after it.
    ["The agency (339) of the ministry spoke.", []]
  ])("%s", (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});
