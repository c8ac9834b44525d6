import {describe, expect, it} from "vitest";
import {findUnextracted} from "../../loaders/coverage/find-unextracted.js";

describe("findUnextracted", () => {
  it("lists statistics no spec read and skips numbers that are not statistics", () => {
    const text =
      "12. According to Article 64 of the Code No. 713 dated July 2, 2013, within 5 days,\n15 shelters hosted 230 persons via the 919 Call Center.";
    const found = findUnextracted(text, [], []).map((u) => u.text);
    expect(found).toEqual(["15", "230"]);
  });

  it("skips numbers already extracted and reports their line", () => {
    const text = "1. Intro.\n2. In 2019, 40 persons and 7 cases.";
    const found = findUnextracted(text, [[text.indexOf("40"), text.indexOf("40") + 2]], []);
    expect(found).toEqual([expect.objectContaining({text: "7", line: 2})]);
  });
});
