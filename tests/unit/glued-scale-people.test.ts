import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";
import {rows} from "./read-paragraph.js";

const values = (text: string) =>
  findQuantities(text)
    .filter((q) => !q.excluded)
    .map((q) => q.value);

describe("a scale glued to a number counts the people named after it, with no currency before it", () => {
  it.each([
    ["About 1m Nicaraguans are expatriates.", 1_000_000],
    ["Some 2.5m migrants arrived in Europe.", 2_500_000],
    ["Some 1.2m Syrian refugees live in Lebanon.", 1_200_000],
    ["The country hosts 3m refugees.", 3_000_000],
    ["Around 1.5m workers left the country.", 1_500_000],
    ["Over 4.1m foreigners live here.", 4_100_000],
    ["About 0.5m immigrants arrived.", 500_000],
    ["Some 2m Ukrainians fled west.", 2_000_000],
    ["Almost 1.1m asylum seekers applied.", 1_100_000],
    ["Nearly 6m Filipinos work overseas.", 6_000_000],
    ["About 1.3m undocumented migrants were counted.", 1_300_000]
  ])("%s", (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it("reads the people it counts", () => {
    expect(rows("About 1m Nicaraguans lived abroad in 2019.", "2019", "2020")).toEqual([
      "1000000@2019 nationals_abroad []"
    ]);
  });
});

describe("a glued scale before anything but people stays a length", () => {
  it.each([
    "The 215m wall was built along the border.",
    "A 3m long fence stopped nobody.",
    "The boat was 12m long.",
    "The 5m stretch of road was closed."
  ])("%s", (text) => {
    expect(values(text).filter((v) => v >= 1_000_000)).toEqual([]);
  });
});
