import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value sex/age" of the observations of one paragraph of a report on 2015. */
const parts = (text: string) =>
  observations(text, "2015", "2016-03-15")
    .filter((o) => !o.indicator.endsWith("_share"))
    .map((o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"}`);

describe("a quantifier of a named whole with its count in brackets counts the part its predicate names", () => {
  it.each([
    [
      "Just under half of the 56,900 asylum seekers in 2015 (25,700) were adult men.",
      ["56900 -/-", "25700 male/adult"]
    ],
    [
      "Just under half of the 56.9 thousand asylum seekers in 2015 (25.7 thousand or 45.2 percent) were adult men.",
      ["56900 -/-", "25700 male/adult"]
    ],
    ["More than half of the 4,100 asylum seekers (2,300) were men.", ["4100 -/-", "2300 male/adult"]],
    ["About half of the 4,100 asylum seekers (2,050 or 50%) were women.", ["4100 -/-", "2050 female/adult"]],
    ["Most of the 61 victims identified in 2015 (42) were women.", ["61 -/-", "42 female/adult"]],
    ["The majority of the 61 victims identified in 2015 (42) were women.", ["61 -/-", "42 female/adult"]],
    ["Nearly all of the 61 victims identified in 2015 (58) were girls.", ["61 -/-", "58 female/child"]],
    ["Half of the 3,000 asylum seekers registered in 2015 (1,500, 50%) were children.", ["3000 -/-", "1500 -/child"]],
    [
      "Almost half of the 3,000 asylum seekers registered in 2015 (1,420 or 47.3 per cent) were minors.",
      ["3000 -/-", "1420 -/child"]
    ],
    ["Most of the 90 victims of trafficking identified in 2015 (70) were men.", ["90 -/-", "70 male/adult"]]
  ])("%s", (text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it("leaves a bracketed year, and a bracket with no predicate after it, as they were", () => {
    expect(parts("Most of the 61 victims identified (2015) were women.")).not.toContain("2015 female/adult");
    expect(parts("Half of the 3,000 asylum seekers (1,500) in 2015.")).not.toContain("1500 -/child");
  });
});
