import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {onlyQualifiers} from "../../loaders/general/read-counted.js";

/** The sex, age group and category read for the number `n` of a paragraph. */
const row = (text: string, n: number) => {
  const o = observations(text, "2021", "2022-06-25").find((x) => x.value === n);
  return o && {sex: o.sex, age_group: o.age_group, category: o.category};
};

describe("an age or sex noun before a person noun qualifies it", () => {
  it.each([
    ["The government identified 110 trafficking victims, including 30 adult women and 62 girls.", 30, "female"],
    ["Authorities identified 95 victims, including 41 adult men, 20 girls and 34 boys.", 41, "male"],
    ["Police reported identifying 300 victims—122 adult females, 98 girls, and 80 boys—in 2021.", 122, "female"],
    ["The ministry identified 57 victims, among them 13 adult males and 44 children.", 13, "male"],
    ["NGOs assisted 210 victims, including 77 adult women, 60 girls, and 73 boys.", 77, "female"],
    ["The government identified 64 victims in 2021, including 19 adult men and 45 adult women.", 45, "female"],
    ["Officials identified 88 victims, including five adult men and 83 girls.", 5, "male"],
    ["The government assisted 150 victims, including 9 adult male victims and 141 girls.", 9, "male"],
    ["The government identified 230 victims, including 101 adult female victims and 129 boys.", 101, "female"],
    ["Police identified 48 victims: 12 adult men, 20 adult women and 16 children.", 20, "female"]
  ])("%s (%i)", (text, n, sex) => {
    expect(row(text, n)).toMatchObject({sex, age_group: "adult", category: null});
  });

  it.each([
    ["The government did not report identifying any adult male victims in 2021.", "male"],
    ["Authorities did not report identifying any adult female victims in 2021.", "female"]
  ])("a negated report of one act is a zero: %s", (text, sex) => {
    expect(row(text, 0)).toMatchObject({sex, age_group: "adult"});
  });

  it("an age noun joined to another by 'and' stays the whole", () => {
    expect(row("In 2021, the government identified 26 adult and child victims.", 26)).toMatchObject({
      sex: null,
      category: null
    });
  });

  it("words that only say sex or age name no category", () => {
    expect(onlyQualifiers("adult")).toBe(true);
    expect(onlyQualifiers("female")).toBe(true);
    expect(onlyQualifiers("adult male")).toBe(true);
    expect(onlyQualifiers("long stay")).toBe(false);
    expect(onlyQualifiers("")).toBe(false);
  });
});
