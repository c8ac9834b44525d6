import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2023", "2024-05-26").map(
    (o) => `${o.value} ${o.sex ?? "-"}/${o.age_group ?? "-"}/${o.country ?? "-"}`
  );

// "40% (480) were women": a share, then the count it stands for in brackets, both of the words after the bracket.
describe("a share followed by its count in brackets", () => {
  it.each([
    ["Of the 1,200 returnees, 40% (480) were women.", ["480 female/adult/-", "40 female/adult/-"]],
    ["Of the 1,200 returnees, 40 per cent (480) were children.", ["480 -/child/-", "40 -/child/-"]],
    ["Of the 900 victims identified in 2023, 55% (495) were men.", ["495 male/adult/-"]],
    ["Of the 2,000 migrants returned in 2023, 12% (240) were girls.", ["240 female/child/-"]],
    ["Of the 650 asylum seekers registered in 2023, 30 percent (195) were boys.", ["195 male/child/-"]],
    ["Of the 3,400 refugees who arrived in 2023, 61% (2,074) were women.", ["2074 female/adult/-"]],
    ["Of the 1,000 migrants rescued in 2023, 8% (80) were minors.", ["80 -/child/-"]],
    ["Of the 500 deportees in 2023, 90% (450) were men.", ["450 male/adult/-"]],
    ["Of the 720 returnees in 2023, 25 per cent (180) were girls.", ["180 female/child/-"]],
    ["Of the 1,500 victims identified in 2023, 20% (300) were boys.", ["300 male/child/-"]],
    ["Of the 4,000 migrants who arrived in 2023, 35% (1,400) were children.", ["1400 -/child/-"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("leaves a count set before its share to the words after the bracket, as before", () => {
    expect(read("Of the 1,200 returnees, 480 (40%) were women.")).toContain("480 female/adult/-");
  });

  it("gives the whole none of a part's words", () => {
    expect(read("Of the 1,200 returnees, 40% (480) were women.")).toContain("1200 -/-/-");
  });
});
