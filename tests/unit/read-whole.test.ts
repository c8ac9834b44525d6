import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

describe("'N <things> out of M': a part and the whole it was taken from", () => {
  it("reads the used labour quotas and the quota they were taken from", () => {
    expect(
      rows("In 2019, at least 12,400 labor quotas out of 17,400 have been used by foreigners.", "2019", "2020")
    ).toEqual(["12400@2019 labour_quotas_used []", "17400@2019 labour_quotas []"]);
  });

  it("reads a quota without an event of use as the whole only, and a whole named by its own noun as before", () => {
    expect(rows("The quota for 2019 was set at 17,400 labour quotas.", "2019", "2020")).toEqual([
      "17400@2019 labour_quotas []"
    ]);
    // The whole with a noun of its own is not taken for the part's noun.
    expect(rows("In 2019, 12 victims out of 40 persons screened were identified.", "2019", "2020")).not.toContain(
      "40@2019 victims_identified []"
    );
    // "out of" with no part before it names no whole.
    expect(rows("Out of 17,400 places, most were used.", "2019", "2020")).not.toContainEqual(
      expect.stringContaining("labour_quotas")
    );
  });
});
