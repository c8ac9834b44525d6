import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2008", "2009-03-01");

describe("a number after a bare 'up' or 'down' that a comparison or share follows is a change's size", () => {
  it.each([
    ["Deportations numbered 39,382 in 2008 (down 6,120 or 13.4% from the previous year).", "6120@"],
    ["Deportations reached 39,382 in 2008, down 6,120 from the previous year.", "6120@"],
    ["Deportations reached 39,382 in 2008 (up 1,200 or 3.1% on 2007).", "1200@"],
    ["In 2008, 4,500 asylum applications were lodged, up 700 on 2007.", "700@"],
    ["In 2008, 2,310 work permits were issued, down 480 compared with 2007.", "480@"],
    ["In 2008, 12,400 migrants were detained, up 1,900 over the previous year.", "1900@"],
    ["In 2008, 5,200 visas were issued, down 800 from 2007.", "800@"],
    ["In 2008, 640 victims were identified, up 95 (17%) from 2007.", "95@"],
    ["In 2008, 3,100 migrants were returned, down 250 or 7 per cent on 2007.", "250@"],
    ["In 2008, 760 migrants were deported, up 60 on the year before.", "60@"]
  ])("%s", (text, notExpected) => {
    expect(read(text).some((r) => r.startsWith(notExpected))).toBe(false);
  });
});

describe("counts after 'up' or 'down' that name what they count stay counts", () => {
  it.each([
    ["In 2008, the coast guard picked up 1,200 migrants from the sea.", "1200@2008 "],
    ["Deportations reached 39,382 in 2008, down from 41,000 in 2007.", "41000@2007 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});
