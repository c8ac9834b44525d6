import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

/** "value@period" of one sentence of a report on 2020. */
const read = (text: string) => rows(text, "2020", "2020-12-31").map((r) => r.split(" ")[0]);

describe("the year after 'from' dates the figure before 'to' alone", () => {
  it.each([
    "Deportations increased from 20 in 2017 to 190.",
    "Deportations rose from 20 in 2017 to 190.",
    "The number of deportations grew from 20 in 2017 to 190.",
    "Deportations increased from about 20 in 2017 to 190.",
    "Deportations increased from 20 in 2017 to over 190.",
    "Deportations have increased from 20 in 2017 to 190.",
    "Deportations increased from 20 deportees in 2017 to 190.",
    "Work permits issued increased from 20 in 2017 to 190.",
    "The number of victims identified rose from 20 in 2017 to 190.",
    "Asylum applications increased from 20 in 2017 to 190."
  ])("%s", (text) => {
    const out = read(text);
    expect(out).toContain("20@2017");
    expect(out).toContain("190@2020");
  });

  it("keeps a year the figure after 'to' states itself", () => {
    expect(read("Deportations increased from 20 in 2017 to 190 in 2019.")).toEqual(["20@2017", "190@2019"]);
  });
});
