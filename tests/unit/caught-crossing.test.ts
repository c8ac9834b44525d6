import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018Q1", "2018-04-06");

describe("people caught crossing or staying irregularly", () => {
  it("are irregular migrants detected", () => {
    const cases: [string, number][] = [
      ["In the first quarter of 2018, a total of 1,371 individuals were caught attempting to cross illegally.", 1371],
      ["In 2018 the police caught 640 migrants crossing the border illegally.", 640],
      ["During 2017, 2,210 foreigners were caught staying irregularly in the country.", 2210],
      ["Border guards caught 95 persons trying to enter the country illegally in 2018.", 95],
      ["In March 2018, 47 irregular migrants were caught near the eastern border.", 47],
      ["A total of 318 people were caught while crossing illegally in 2017.", 318],
      ["In 2018, patrols caught 1,020 undocumented migrants on the coast.", 1020],
      ["Over 2017, 76 nationals of Morocco were caught working illegally.", 76],
      ["In the first half of 2018, officers caught 402 foreigners residing illegally.", 402],
      ["Some 2,500 irregular migrants were caught in 2016.", 2500]
    ];
    for (const [text, value] of cases)
      expect(read(text).some((r) => r.startsWith(`${value}@`) && r.includes("irregular_migrants_detected"))).toBe(true);
  });

  it("is no detection of irregular migrants when nothing irregular is named", () => {
    expect(read("In 2018, 40 fishermen were caught in a storm.").join()).not.toContain("irregular_migrants_detected");
    expect(read("In 2018, 12 smugglers were caught.").join()).not.toContain("irregular_migrants_detected");
  });
});
