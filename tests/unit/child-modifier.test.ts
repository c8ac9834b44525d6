import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

const read = (text: string) =>
  observations(text, "2022", "2023-06").map((o) =>
    `${o.value} ${o.indicator} ${o.age_group ?? ""} ${o.category ?? ""}`.trim()
  );

describe("'child' before another head noun qualifies it", () => {
  it.each([
    ["The government identified 57 forced child labor victims in 2022.", "57 victims_identified child forced labor"],
    ["In 2022 it referred 57 forced child labour victims to services.", "57 victims_assisted child forced labor"],
    ["In 2022, 40 child trafficking victims were identified.", "40 trafficking_victims_identified child"],
    ["In 2022, 40 child victims were identified.", "40 victims_identified child"],
    [
      "In 2022, authorities identified 12 child sex trafficking victims.",
      "12 trafficking_victims_identified child sex trafficking"
    ],
    ["Police identified 9 child forced labor victims in 2022.", "9 trafficking_victims_identified child forced labor"],
    [
      "In 2022 the government identified 31 child labor trafficking victims.",
      "31 trafficking_victims_identified child labor trafficking"
    ],
    ["In 2022, officials identified 14 forced child labour victims.", "14 victims_identified child forced labor"],
    ["The ministry identified 20 child trafficking victims in 2022.", "20 trafficking_victims_identified child"],
    ["In 2022 it identified 8 child victims of forced labor.", "8 trafficking_victims_identified child forced labor"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it("reads 'child' alone as the counted children", () => {
    expect(read("In 2022 the center assisted 12 child.")).toContain("12 children_assisted child");
  });

  it("reads a centre for children as no count of children", () => {
    expect(read("In 2022 the government ran five government-run child rescue centers.").join(" ")).not.toMatch(
      /children|victims/
    );
  });
});
