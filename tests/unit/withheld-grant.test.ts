import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) => observations(text, "2016", "2016-07-07").map((o) => `${o.value} ${o.indicator}`);

describe("a grant withheld", () => {
  it("is a refusal", () => {
    const cases: [string, string][] = [
      [
        "In 418 cases, the authorities did not grant asylum or suspended the proceedings in 2016.",
        "418 asylum_applications_rejected"
      ],
      ["In 2016, 230 asylum applications were not granted.", "230 asylum_applications_rejected"],
      ["In 2016, the ministry did not grant asylum in 95 cases.", "95 asylum_applications_rejected"],
      ["In 2016, 61 applicants were not granted refugee status.", "61 asylum_applications_rejected"],
      ["In 2016, asylum was not granted to 1,204 persons.", "1204 asylum_applications_rejected"],
      ["In 2016, 77 asylum seekers were not granted asylum.", "77 asylum_applications_rejected"],
      ["In 2016, in 512 cases the office did not grant refugee status.", "512 asylum_applications_rejected"],
      ["In 2016, 18 foreigners were not granted asylum on appeal.", "18 asylum_applications_rejected"],
      ["In 2016, in 3,040 cases the authorities did not grant asylum.", "3040 asylum_applications_rejected"],
      ["In 2016, 402 asylum applications were not granted by the ministry.", "402 asylum_applications_rejected"]
    ];
    for (const [text, row] of cases) expect(read(text)).toContain(row);
  });

  it("leaves a grant a grant", () => {
    expect(read("In 2016, 122 people were granted asylum.")).toContain("122 refugee_status_granted");
    expect(read("In 2016, asylum was granted to 40 persons.")).toContain("40 refugee_status_granted");
  });
});
