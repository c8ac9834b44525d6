import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value indicator sex/age" of one sentence of a 2019 report. */
const read = (text: string) =>
  observations(text, "2019", "2019-12-31").map(
    (o) => `${o.value} ${o.indicator} ${o.sex ?? "-"}/${o.age_group ?? "-"}`
  );

describe("parts by sex or age in a bracket between a count and its noun", () => {
  it.each([
    [
      "In 2019, 1,505 (783 men and 722 women) migrants were repatriated.",
      "repatriations",
      "male/adult",
      "female/adult"
    ],
    [
      "In 2019, 1,505 (783 men and 722 women) victims were identified.",
      "victims_identified",
      "male/adult",
      "female/adult"
    ],
    ["In 2019, 1,505 (783 men, 722 women) migrants were deported.", "deportations", "male/adult", "female/adult"],
    ["In 2019, 1,505 (783 male, 722 female) victims were identified.", "victims_identified", "male/-", "female/-"],
    [
      "In 2019, the police arrested 1,505 (783 men and 722 women) irregular migrants.",
      "irregular_migrants_detected",
      "male/adult",
      "female/adult"
    ],
    [
      "In 2019, 1,505 (783 women and 722 men) asylum seekers applied for protection.",
      "asylum_applications",
      "female/adult",
      "male/adult"
    ],
    [
      "In 2019, 1,505 (783 adults and 722 children) refugees were resettled.",
      "refugees_resettled",
      "-/adult",
      "-/child"
    ],
    ["In 2019, 1,505 (783 adults, 722 minors) migrants were returned home.", "repatriations", "-/adult", "-/child"],
    [
      "In 2019, 1,505 (783 boys and 722 girls) children were repatriated.",
      "repatriations",
      "male/child",
      "female/child"
    ],
    ["In 2019, 1,505 (783 males and 722 females) migrants were deported.", "deportations", "male/-", "female/-"]
  ])("%s", (text, indicator, first, second) => {
    // The whole is of the age its noun says ("children"), whatever its parts' sexes.
    const whole = /\bchildren were\b/.test(text) ? "-/child" : "-/-";
    expect(read(text)).toEqual([
      `1505 ${indicator} ${whole}`,
      `783 ${indicator} ${first}`,
      `722 ${indicator} ${second}`
    ]);
  });

  it("keeps a share in a bracket a share", () => {
    expect(read("In 2019, 1,505 (83%) migrants were repatriated.").map((r) => r.split(" ")[1])).toEqual([
      "repatriations",
      "repatriations_share"
    ]);
  });
});
