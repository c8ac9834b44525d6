import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value sex/age category" of one sentence of a 2022 report. */
const read = (text: string) =>
  observations(text, "2022", "2023-06").map(
    (o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"} ${o.category ?? "-"}`
  );

describe("the kind after a run of counts by sex or age is each one's", () => {
  it.each([
    [
      "Of the 200 victims identified, traffickers exploited 23 women and seven girls in sex trafficking.",
      "sex trafficking",
      ["23", "7"]
    ],
    [
      "Of the 200 victims identified, traffickers exploited 58 women, 74 men, seven girls, and five boys in forced labor.",
      "forced labor",
      ["58", "74", "7", "5"]
    ],
    ["The police identified 23 women and 7 girls in sex trafficking.", "sex trafficking", ["23", "7"]],
    [
      "Of the 180 confirmed victims, traffickers exploited 23 women and seven girls in sex trafficking.",
      "sex trafficking",
      ["23", "7"]
    ],
    ["In 2022, authorities identified 12 men and 3 boys in forced labor.", "forced labor", ["12", "3"]],
    [
      "In 2022, of the 200 victims identified, traffickers exploited 40 women, 5 girls and 2 boys in sex trafficking.",
      "sex trafficking",
      ["40", "5", "2"]
    ],
    ["In 2022, the government identified 10 women and 4 men in forced labor.", "forced labor", ["10", "4"]],
    [
      "In 2022, of the 200 victims identified, traffickers exploited 9 men and 2 women in forced labour.",
      "forced labor",
      ["9", "2"]
    ],
    ["In 2022, officials identified 6 girls and 1 boy in sex trafficking.", "sex trafficking", ["6", "1"]],
    [
      "In 2022, of the 200 victims identified, traffickers exploited 30 adults and 12 children in forced labor.",
      "forced labor",
      ["30", "12"]
    ]
  ])("%s", (text, kind, values) => {
    const rows = read(text).filter((r) => values.includes(r.split(" ")[0]));
    expect(rows.length).toBe(values.length);
    for (const r of rows) expect(r.endsWith(` ${kind}`)).toBe(true);
  });

  it("does not take a place after 'in' for a kind", () => {
    expect(read("In 2022, the police identified 12 men and 3 women in Lagos.").some((r) => r.endsWith("Lagos"))).toBe(
      false
    );
  });

  it("leaves a count outside the run its own kind", () => {
    const rows = read(
      "In 2022, of the 200 victims identified, traffickers exploited 23 women and seven girls in sex trafficking, and 58 men in forced labor."
    );
    expect(rows).toContain("58 male/adult forced labor");
  });
});
