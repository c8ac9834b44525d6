import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018-07", "2018-08-01").map((r) => r.split(" ")[0]);

describe("what a count exceeds is another period's figure, and the margin is no count", () => {
  it.each([
    ["The border guards detained 144 people, which exceeds June 2018 by 46 people.", ["144@2018-07"], "46@"],
    ["Police detained 240 migrants, which exceeded June 2018 by 35.", ["240@2018-07"], "35@"],
    ["The service deported 310 foreigners, a figure that exceeds May 2018 by 12 people.", ["310@2018-07"], "12@"],
    ["In July 2018, 95 victims were identified, which surpassed July 2017 by 20.", ["95@2018-07"], "20@"],
    [
      "Some 1,204 asylum applications were lodged, which exceeds June 2018 by 104 applications.",
      ["1204@2018-07"],
      "104@"
    ],
    ["The coast guard rescued 518 migrants, which exceeded the June 2018 figure by 217.", ["518@2018-07"], "217@"],
    ["Officers arrested 77 smugglers, which surpasses June 2018 by nine.", ["77@2018-07"], "9@"],
    ["The police recorded 3,080 arrivals, which exceeds June 2018 by about 300 people.", ["3080@2018-07"], "300@"],
    ["The ministry issued 6,120 work permits, which outnumbers June 2018 by 420 permits.", ["6120@2018-07"], "420@"],
    ["Inspectors found 62 irregular workers, which exceeds June 2018 by 14 workers.", ["62@2018-07"], "14@"],
    ["The agency returned 205 migrants in July 2018, which exceeded June 2018 by 30 people.", ["205@2018-07"], "30@"]
  ])("%s", (text, present, margin) => {
    const found = read(text);
    expect(found).toEqual(expect.arrayContaining(present));
    expect(found.some((r) => r.startsWith(margin))).toBe(false);
  });

  it.each([
    // "by" after a verb of exceeding names no margin when it names who acted.
    ["In July 2018, 144 migrants were detained by the border guards.", "144@2018-07"],
    // A count the sentence says was exceeded keeps its period.
    ["The border guards detained 144 people in June 2018.", "144@2018-06"]
  ])("keeps %s", (text, expected) => expect(read(text)).toContain(expected));
});
