import {describe, expect, it} from "vitest";
import {otherGroupAfter} from "../../../loaders/general/read-group-word.js";
import {observations} from "../read-paragraph.js";

/** "value citizenship/category" of every row of one paragraph of a 2025 report. */
const rows = (text: string) =>
  observations(text, "2025", "2025-12-01").map((o) => `${o.value} ${o.citizenship ?? "-"}/${o.category ?? "-"}`);

describe("the others of a list by people, named by their larger group", () => {
  it.each([
    [
      "In May, authorities expelled 8,086 migrants, including 5,287 Nigeriens and 2,799 other Africans.",
      "2799 -/other Africans"
    ],
    [
      "In 2025, officials returned 700 migrants, including 450 Malians and 250 other West Africans.",
      "250 -/other West Africans"
    ],
    [
      "In 2025 the coast guard intercepted 900 migrants, including 600 Tunisians and 300 other Africans.",
      "300 -/other Africans"
    ],
    ["Police deported 1,200 migrants in 2025, including 800 Afghans and 400 other Asians.", "400 -/other Asians"],
    [
      "In 2025, 3,000 migrants were detained, including 2,100 Venezuelans and 900 other South Americans.",
      "900 -/other South Americans"
    ],
    ["In 2025, the navy rescued 510 migrants, including 310 Syrians and 200 other Arabs.", "200 -/other Arabs"],
    [
      "In 2025 the government removed 640 foreigners, including 400 Albanians and 240 other Europeans.",
      "240 -/other Europeans"
    ],
    [
      "In 2025, 1,100 migrants were returned, including 700 Ethiopians and 400 other East Africans.",
      "400 -/other East Africans"
    ],
    [
      "Border guards apprehended 95 migrants in 2025, including 60 Hondurans and 35 other Central Americans.",
      "35 -/other Central Americans"
    ],
    [
      "In 2025 officials expelled 480 migrants, including 300 Moroccans, 100 Algerians and 80 other North Africans.",
      "80 -/other North Africans"
    ]
  ])("%s", (text, row) => {
    expect(rows(text)).toContain(row);
  });

  it("keeps the named people of the item before", () => {
    expect(
      rows("In May, authorities expelled 8,086 migrants, including 5,287 Nigeriens and 2,799 other Africans.")
    ).toContain("5287 Niger/-");
  });

  it.each([" Africans", " other cases", " other countries", " others", " other Nigerian migrants"])(
    "names no group in %j",
    (after) => {
      expect(otherGroupAfter(after)).toBeNull();
    }
  );
});
