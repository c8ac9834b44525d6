import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2021", "2022-06-15");

describe("'All were …, including N … and M …' lists parts of the count before", () => {
  it.each([
    "Authorities identified 17 trafficking victims in 2021. All were foreign citizens, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All were foreign nationals, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All were adults, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All of them were foreign nationals, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. Most were foreign citizens, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. Most of them were labor trafficking victims, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All were victims of forced labor, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All were exploited abroad, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All were Brazilian citizens, including 13 men and four women.",
    "Authorities identified 17 trafficking victims in 2021. All are foreign citizens, including 13 men and four women."
  ])("%s", (text) => {
    const parts = read(text);
    expect(parts.filter((r) => r.startsWith("13@2021 trafficking_victims_identified"))).toHaveLength(1);
    expect(parts.filter((r) => r.startsWith("4@2021 trafficking_victims_identified"))).toHaveLength(1);
  });

  it("reads a sentence that names a count of its own as it stands", () => {
    const text =
      "Authorities identified 17 trafficking victims in 2021. All were foreign citizens, including 40 asylum applications.";
    expect(read(text).some((r) => r.includes("trafficking_victims_identified") && r.startsWith("40@"))).toBe(false);
  });
});
