import {describe, expect, it} from "vitest";
import {findQuantities} from "../../loaders/general/find-quantities.js";

const excluded = (text: string, value: number) => findQuantities(text).find((q) => q.value === value)?.excluded ?? null;

describe("the second change of a 'respectively' pair", () => {
  it.each([
    ["48,400 were fined, up 139% year-on-year and 10,000 people respectively.", 10000],
    ["Arrivals and returns stood at 5,200 and 3,100, up 12% and 540 persons respectively.", 540],
    ["The two figures rose 8 percent and 1,200 cases respectively.", 1200],
    ["They were 700 and 900, down 5% and 45 people respectively.", 45],
    ["Entries and exits grew by 3.5% and 2,000 respectively.", 2000],
    ["Permits and visas increased 20 per cent and 310 respectively.", 310],
    ["Both fell, declined 7% year on year and 88 persons respectively.", 88],
    ["Refusals and removals, up 4% over the previous year and 66 people respectively.", 66],
    ["Applications dropped by 15% and 3,400 applications respectively.", 3400],
    ["Detentions and deportations decreased 9% and 128 people respectively.", 128],
    // Any verb of change the vocabulary lists opens the pair.
    ["Arrivals and returns jumped 30% and 2,500 people respectively.", 2500],
    ["Entries and exits climbed 6 per cent and 720 respectively.", 720]
  ])("%s", (text, value) => {
    expect(excluded(text, value)).toBe("change");
  });

  it("keeps counts paired with 'respectively' that follow no change", () => {
    expect(excluded("Men and women numbered 5,200 and 3,100 respectively.", 3100)).toBeNull();
    expect(excluded("In 2019 and 2020 there were 700 and 900 arrivals respectively.", 900)).toBeNull();
    expect(excluded("It rose 12% and 540 persons were returned in March.", 540)).toBeNull();
  });
});
