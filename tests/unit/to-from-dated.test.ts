import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2014-02", "2014-04-01");

describe("in 'rose to X from Y in <period>' the period dates Y alone, X the report's", () => {
  it.each([
    [
      "Remittances rose to Sh9.6 billion ($110.42 million) from Sh8.9 billion ($102.4 million) in February last year.",
      [
        "9600000000@2014-02 remittances []",
        "110420000@2014-02 remittances []",
        "8900000000@2013-02 remittances []",
        "102400000@2013-02 remittances []"
      ]
    ],
    [
      "Remittances rose by 8 per cent to $110 million from $102 million in February last year.",
      ["110000000@2014-02 remittances []", "102000000@2013-02 remittances []"]
    ],
    [
      "Asylum applications rose to 3,100 from 2,500 in 2013.",
      ["3100@2014-02 asylum_applications []", "2500@2013 asylum_applications []"]
    ],
    [
      "Asylum applications fell to 310 from 420 in January.",
      ["310@2014-02 asylum_applications []", "420@2014-01 asylum_applications []"]
    ],
    [
      "Asylum applications increased to 3,100 from 2,500 during 2013.",
      ["3100@2014-02 asylum_applications []", "2500@2013 asylum_applications []"]
    ],
    [
      "Deportations of foreigners dropped to 45 from 61 in January.",
      ["45@2014-02 deportations []", "61@2014-01 deportations []"]
    ],
    [
      "Remittances increased to $54.6 million from $49.1 million in February 2013.",
      ["54600000@2014-02 remittances []", "49100000@2013-02 remittances []"]
    ],
    [
      "Remittances declined to US$1.2 billion (Sh103 billion) from US$1.3 billion in January.",
      ["1200000000@2014-02 remittances []", "103000000000@2014-02 remittances []", "1300000000@2014-01 remittances []"]
    ],
    [
      "Identified victims rose to 19 from 12 in 2013.",
      ["19@2014-02 victims_identified []", "12@2013 victims_identified []"]
    ],
    [
      "Remittances grew by 3 percent to reach $2.75 billion from $2.66 billion in February 2013.",
      ["2750000000@2014-02 remittances []", "2660000000@2013-02 remittances []"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text).filter((r) => !r.includes("_share") && !r.includes("_change"))).toEqual(expected);
  });

  it("dates both by a period stated before the level reached", () => {
    expect(read("In January, asylum applications rose to 3,100 from 2,500 in 2013.")).toContain(
      "3100@2014-01 asylum_applications []"
    );
  });
});
