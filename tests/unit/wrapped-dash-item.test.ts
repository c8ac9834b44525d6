import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2022", "2023-02-01");

describe("a dashed item wrapped onto the next line after a word that needs more is one item, not a menu entry", () => {
  it.each([
    ["Key facts for 2022:\n- annual net migration: loss of\n11,000, down from 2021.", "-11000@2022 "],
    ["Key facts for 2022:\n- migrants deported were\n1,240, the ministry said.", "1240@2022 "],
    ["Key facts for 2022:\n- asylum applications rose to\n2,300, a record.", "2300@2022 "],
    ["Key facts for 2022:\n- work permits: total of\n6,120, most to Nepalis.", "6120@2022 "],
    ["Key facts for 2022:\n- trafficking victims: total of\n48, all women.", "48@2022 "],
    ["Key facts for 2022:\n- arrivals by sea fell to\n5,400, the lowest in a decade.", "5400@2022 "],
    ["Key facts for 2022:\n- migrants rescued: total of\n870, the coast guard said.", "870@2022 "],
    ["Key facts for 2022:\n- refugees resettled totalled\n1,250, up from 2021.", "1250@2022 "],
    ["Key facts for 2022:\n- residence permits issued amounted to\n4,100, the office said.", "4100@2022 "],
    ["Key facts for 2022:\n- traffickers convicted: total of\n12, the courts said.", "12@2022 "]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("a short dashed line of a page's menu still stands apart", () => {
  it("menu items above a story", () => {
    expect(read("- About us\n- Take Action\nIn 2022, 1,240 migrants were deported.")).toContain(
      "1240@2022 deportations []"
    );
  });
});
