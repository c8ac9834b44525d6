import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const periodOf = (text: string, value: string) =>
  rows(text, "2004", "2005-03-01")
    .find((r) => r.startsWith(`${value}@`))
    ?.split(" ")[0];

describe("a year naming the figure a change starts from dates only that figure", () => {
  it.each([
    ["2004 saw the number of applications fall by almost 2,000, from the 2003 figure, to 10,838.", "10838"],
    ["2004 saw applications rise from the 2003 level to 10,838.", "10838"],
    ["2004 saw the number of work permits drop, from the 2003 total, to 10,838.", "10838"],
    ["2004 saw deportations climb above the 2003 figure, to 10,838.", "10838"],
    ["2004 saw asylum applications fall from the 2003 number to 10,838.", "10838"],
    ["2004 saw the number of arrivals grow, compared with the 2003 figure, to 10,838.", "10838"],
    ["2004 saw residence permits fall, against the 2003 total, to 10,838.", "10838"],
    ["2004 saw the number of work permits rise, from the 2003 level, to 10,838.", "10838"],
    ["2004 saw the number of victims identified fall from the 2003 figure to 10,838.", "10838"],
    ["2004 saw the number of visas issued rise from the 2003 total to 10,838.", "10838"]
  ])("%s", (text, value) => expect(periodOf(text, value)).toBe(`${value}@2004`));

  it.each([
    // The figure the year names is that year's.
    ["In 2004, applications fell to 10,838, down from the 2003 total of 12,800.", "12800", "12800@2003"],
    ["In 2004 applications rose to 10,838, compared with the 2003 figure of 9,000.", "9000", "9000@2003"],
    // A figure the year names, with no change around it.
    ["The 2003 figure was 10,838 applications.", "10838", "10838@2003"]
  ])("%s", (text, value, expected) => expect(periodOf(text, value)).toBe(expected));
});
