import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value place" of the remittance amounts of one paragraph of a report on February 2014. */
const sources = (text: string) =>
  observations(text, "2014-02", "2014-04-01")
    .filter((o) => o.unit !== "percent")
    .map((o) => `${o.value} ${o.country ?? "-"}`);

describe("money said to come from a state or a region is of that place", () => {
  it.each([
    ["Remittances from the United States increased to $29.9 million.", ["29900000 United States"]],
    ["Remittances from Europe increased to $29.9 million.", ["29900000 Europe"]],
    ["Remittances from North America rose to $54.6 million in February.", ["54600000 North America"]],
    ["Remittances from Saudi Arabia amounted to $120 million.", ["120000000 Saudi Arabia"]],
    ["Remittances from the Gulf countries amounted to $120 million.", ["120000000 Gulf countries"]],
    [
      "Remittances rose in February. Inflows from Europe increased to Sh2.6 billion, while inflows from the rest of the world amounted to Sh2.2 billion.",
      ["2600000000 Europe", "2200000000 rest of the world"]
    ],
    [
      "Remittances from the United States and Australia were the top sources at $9.5 million and $8.1 million respectively.",
      ["9500000 United States", "8100000 Australia"]
    ],
    [
      "Remittances from Italy, Spain and France reached $3 million, $2 million and $1 million respectively.",
      ["3000000 Italy", "2000000 Spain", "1000000 France"]
    ],
    ["Money transfers from the Russian Federation fell to $410 million.", ["410000000 Russian Federation"]],
    ["Personal remittances from Canada grew to $75 million.", ["75000000 Canada"]]
  ])("%s", (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });

  it("takes no currency prefix or earlier amount for a source", () => {
    expect(sources("Remittances rose to US$2.75 billion from US$2.66 billion.")).toEqual([
      "2750000000 -",
      "2660000000 -"
    ]);
  });
});
