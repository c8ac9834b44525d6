import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-01");

describe("the people counts were issued for name their category", () => {
  it.each([
    [
      "In 2019, 4,720 registration certificates and 275 residence cards were issued for citizens of the EU.",
      "[citizens of the EU]"
    ],
    ["In 2019, 300 permits were issued for seasonal workers.", "[seasonal workers]"],
    ["In 2019, 1,200 visas were granted for students.", "[students]"],
    ["In 2019, 90 residence permits were issued for refugees.", "[refugees]"],
    ["In 2019, 64 work permits were issued for nationals of Ukraine.", "[nationals of Ukraine]"]
  ])("%s", (text, category) => {
    expect(read(text).some((r) => r.endsWith(category))).toBe(true);
  });

  it.each([
    "37 applications for refugee status were received in 2019.",
    "In 2019, 37 applications for refugee status were received.",
    "In 2019, 120 applications for refugee protection were lodged.",
    "In 2019, 15 requests for family reunification were filed."
  ])("names no people a status or purpose only mentions: %s", (text) => {
    expect(read(text).some((r) => /\[(?:refugee|family)[^\]]*\]$/.test(r))).toBe(false);
  });
});
