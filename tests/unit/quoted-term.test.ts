import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const excluded = (text: string, value: number) => findQuantities(text).find((q) => q.value === value)?.excluded ?? null;

describe("a number opening a short quoted term", () => {
  it.each([
    ["79,000 foreigners with “three illegals” were punished", 3],
    ["the so-called ‘two sessions’ of parliament", 2],
    ["under the “one belt one road” plan", 1],
    ['a campaign called "three strikes" began', 3],
    ["the 'five eyes' alliance shared data", 5],
    ["the “three no” policy on returns", 3],
    ["the so-called “four freedoms” of the union", 4],
    ["the ‘two-child’ rule", 2],
    ["known as the “seven sisters” routes", 7],
    ["the “ten commandments” of recruitment", 10]
  ])("%s", (text, value) => {
    expect(excluded(text, value)).toBe("quoted term");
  });

  it("keeps counts in quoted speech and counts before a quote", () => {
    expect(excluded("“We deported 500 migrants last year,” he said.", 500)).toBeNull();
    expect(excluded("“500 migrants were deported last year and more will follow,” he said.", 500)).toBeNull();
    expect(excluded("79,000 foreigners with “three illegals” were punished", 79000)).toBeNull();
  });
});
