import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** The breakdown and period read for the number `n` of a paragraph. */
const row = (text: string, n: number) => {
  const o = observations(text, "2020", "2021-06-25").find((x) => x.value === n);
  return o && {citizenship: o.citizenship, age_group: o.age_group, category: o.category, period: o.period.label};
};

describe("the last item of a list set off by em dashes", () => {
  it.each([
    ["The government identified 76 victims—41 Nepali, 20 Indian, and 15 Bangladeshi—in 2020.", 15, "Bangladesh"],
    ["Police identified 58 victims—30 Cambodian, 18 Vietnamese, and 10 Thai—during the year.", 10, "Thailand"],
    ["The ministry identified 44 victims—25 Kenyan and 19 Ugandan—in 2020.", 19, "Uganda"],
    ["Officials identified 33 victims—20 Filipino, 9 Indonesian, and 4 Malaysian—in 2020.", 4, "Malaysia"],
    ["The government identified 27 victims—15 Moldovan and 12 Ukrainian—in 2020.", 12, "Ukraine"]
  ])("%s (%i)", (text, n, citizenship) => {
    expect(row(text, n)).toMatchObject({citizenship});
  });
});

describe("a bracket that names a year compares; it breaks nothing down", () => {
  it.each([
    [
      "Officials identified 134 trafficking victims, among whom were 45 children (82 victims, including 30 children, in 2019).",
      82
    ],
    ["The government identified 90 victims, including 40 women (70 victims, including 35 women, in 2019).", 70],
    ["Police identified 66 victims, among them 20 girls (51 victims in 2019).", 51],
    ["NGOs assisted 120 victims, including 33 men (101 victims, of whom 20 were men, during 2019).", 101],
    ["The government identified 48 victims, including 12 boys (39 victims, including 10 boys, in 2019).", 39]
  ])("%s (%i)", (text, n) => {
    expect(row(text, n)).toMatchObject({age_group: null, period: "2019"});
  });

  it("a bracket with no year breaks its count down", () => {
    expect(row("In 2020, 30 were child victims (24 sex trafficking, six labor trafficking).", 24)).toMatchObject({
      age_group: "child"
    });
  });
});

describe("a comparison of as many counts, 'respectively', pairs them in order", () => {
  it.each([
    [
      "The government identified 54 potential forced labor victims and 21 potential sex trafficking victims, compared with 40 and 19, respectively, in 2019.",
      40,
      "forced labor"
    ],
    [
      "The government identified 54 potential forced labor victims and 21 potential sex trafficking victims, compared with 40 and 19, respectively, in 2019.",
      19,
      "sex trafficking"
    ],
    [
      "Police identified 31 sex trafficking victims and 12 forced labor victims, compared with 25 and 9, respectively, in 2019.",
      25,
      "sex trafficking"
    ],
    [
      "Police identified 31 sex trafficking victims and 12 forced labor victims, compared with 25 and 9, respectively, in 2019.",
      9,
      "forced labor"
    ],
    [
      "Courts convicted 14 sex traffickers and 6 labor traffickers, compared with 11 and 4, respectively, in 2019.",
      4,
      "labor trafficking"
    ]
  ])("%s (%i)", (text, n, category) => {
    expect(row(text, n)).toMatchObject({category, period: "2019"});
  });
});
