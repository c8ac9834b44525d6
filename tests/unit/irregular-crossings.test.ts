import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

describe("crossings of a border outside the law, and protection asked for", () => {
  it.each([
    ["In 2019, police detected 5,345 illegal crossings of the border.", "5345 irregular_border_crossings"],
    ["In 2019, 5,345 illegal border crossings were recorded.", "5345 irregular_border_crossings"],
    ["In 2019, 5,345 irregular crossings were registered at the border.", "5345 irregular_border_crossings"],
    ["In 2019, 1,200 irregular entries were detected.", "1200 irregular_border_crossings"],
    ["In 2019, 1,200 unauthorised border crossings were detected.", "1200 irregular_border_crossings"],
    ["In 2019, the police recorded 1,200 unlawful border crossings.", "1200 irregular_border_crossings"],
    ["In 2019, 300 persons applied for international protection.", "300 asylum_applications"],
    [
      "In 2019, 2,718 illegal migrants expressed the intention to ask for international protection.",
      "2718 asylum_applications"
    ],
    ["In 2019, 300 foreigners asked for international protection.", "300 asylum_applications"],
    ["In 2019, 300 applications for international protection were lodged.", "300 asylum_applications"]
  ])("%s", (text, row) => {
    expect(indicatorsOf(text, "2019", "2020")).toEqual([row]);
  });

  it("leaves lawful crossings to border crossings", () => {
    expect(indicatorsOf("In 2019, 5,345 persons entered the country.", "2019", "2020")).toEqual([
      "5345 border_crossings"
    ]);
  });
});
