import {describe, expect, it} from "vitest";
import {indicatorsOf} from "./read-paragraph.js";

const read = (text: string) => indicatorsOf(text, "2019", "2020");

describe("citizens living or working away from their country, in any wording", () => {
  it.each([
    ["In 2019, 1,366,821 Bolivians were living outside the country.", "1366821 nationals_abroad"],
    ["In 2019, 300 nationals were living abroad.", "300 nationals_abroad"],
    ["In 2019, some 40,000 citizens resided outside the country.", "40000 nationals_abroad"],
    ["In 2019, 2,500 nationals were residing in other countries.", "2500 nationals_abroad"],
    ["In 2019, 12,000 citizens were working in foreign countries.", "12000 nationals_abroad"],
    ["In 2019, 8,000 nationals worked overseas.", "8000 nationals_abroad"],
    ["In 2019, 650 citizens were employed overseas.", "650 nationals_abroad"],
    ["In 2019, 9,100 Moldovans were settled abroad.", "9100 nationals_abroad"],
    ["In 2019, 3,300 citizens were living outside their country.", "3300 nationals_abroad"],
    ["In 2019, 700 nationals lived outside of the country.", "700 nationals_abroad"]
  ])("%s", (text, row) => {
    expect(read(text)).toEqual([row]);
  });

  it("does not take living outside a town or a camp for living abroad", () => {
    expect(read("In 2019, 300 refugees were living outside the camp.")).not.toContain("300 nationals_abroad");
    expect(read("In 2019, 300 nationals were living outside the capital.")).not.toContain("300 nationals_abroad");
  });
});
