import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

describe("asking for, seeking or claiming asylum is applying for it", () => {
  it.each([
    "Last year, 1,525 people asked for asylum in the country.",
    "In 2017, 1,525 foreigners asked for asylum.",
    "A total of 1,525 persons asked for asylum in 2017.",
    "1,525 migrants sought asylum in 2017.",
    "In 2017, 1,525 people sought asylum in Finland.",
    "1,525 foreigners claimed asylum in 2017.",
    "In 2017, 1,525 persons claimed asylum at the border.",
    "During 2017, 1,525 people asked for asylum in Czechia.",
    "In 2017, 1,525 third-country nationals sought asylum.",
    "Some 1,525 people asked for asylum during 2017."
  ])("%j", (text) => {
    expect(rows(text).some((r) => r.startsWith("1525@2017 asylum_applications"))).toBe(true);
  });

  it("reads no asylum application from asking for something else", () => {
    for (const text of [
      "In 2017, 1,525 people asked for a work permit.",
      "In 2017, 1,525 people were granted asylum.",
      "In 2017, 1,525 people asked for information at the counter."
    ])
      expect(rows(text).some((r) => r.includes("asylum_applications"))).toBe(false);
  });
});

describe("the people applying for asylum are counted as asylum applications", () => {
  it.each([
    "The biggest groups applying for asylum in 2017 have been the Iraqis (150) and the Somalis (50).",
    "In 2017, the largest groups applying for asylum were the Iraqis (150), the Somalis (50) and the Russians (44).",
    "The main nationalities applying for asylum in 2017 were the Iraqis (150) and the Somalis (50)."
  ])("%j", (text) => {
    const found = rows(text);
    expect(found.some((r) => r.startsWith("150@2017 asylum_applications"))).toBe(true);
  });

  it("reads no asylum application from applying for a permit", () => {
    expect(rows("In 2017, 150 people applying for a work permit were turned away.").join()).not.toMatch(
      /asylum_applications/
    );
  });
});
