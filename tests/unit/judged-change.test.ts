import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const excluded = (text: string) => findQuantities(text).map((q) => [q.value, q.excluded]);

describe("a change named by how it is judged is no level", () => {
  it.each([
    ["representing an improvement of US$1.6 million", 1_600_000],
    ["an improvement of 1,200 over the year before", 1200],
    ["a deterioration of 300 compared with May", 300],
    ["which was an improvement of $87.1 million", 87_100_000],
    ["showing a deterioration of 4,100", 4100],
    ["a marked improvement of 52 cases", 52],
    ["a slight deterioration of 9 places", 9],
    ["an improvement of 640 applicants", 640],
    ["the improvement of 2,512 workers", 2512],
    ["a deterioration of US$4.1 million", 4_100_000],
    ["registering an improvement of 75 permits", 75]
  ])("%s", (text, value) => {
    expect(excluded(text)).toContainEqual([value, "change"]);
  });

  it.each([["improvements in 1,200 shelters"], ["the deterioration affected 300 migrants"]])("%s", (text) => {
    expect(excluded(text).every(([, why]) => why !== "change")).toBe(true);
  });
});
