import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2014-02", "2014-04-01").filter((r) => !/_share|_change/.test(r));

describe("a rolling or cumulative total over N months dated by a month covers the N months ending with it", () => {
  it.each([
    [
      "The 12 month cumulative remittance inflows increased to $1.3 billion in February 2014.",
      ["1300000000@2013-03-01..2014-02-28 remittances []"]
    ],
    [
      "The 12-month cumulative remittance inflows increased to $1.3 billion in February 2014.",
      ["1300000000@2013-03-01..2014-02-28 remittances []"]
    ],
    [
      "Cumulative 12-month remittance inflows stood at $1.3 billion in February 2014.",
      ["1300000000@2013-03-01..2014-02-28 remittances []"]
    ],
    [
      "The twelve-month cumulative remittance inflows reached $1.3 billion in February 2014.",
      ["1300000000@2013-03-01..2014-02-28 remittances []"]
    ],
    [
      "Rolling 12-month remittance inflows reached $1.3 billion in February 2014.",
      ["1300000000@2013-03-01..2014-02-28 remittances []"]
    ],
    [
      "The 12-month rolling total of asylum applications was 4,100 in February 2014.",
      ["4100@2013-03-01..2014-02-28 asylum_applications []"]
    ],
    [
      "The six-month cumulative remittance inflows reached $610 million in February 2014.",
      ["610000000@2013-09-01..2014-02-28 remittances []"]
    ],
    [
      "The 3-month moving total of remittance inflows was $310 million in February 2014.",
      ["310000000@2013-12-01..2014-02-28 remittances []"]
    ],
    [
      "The 12 month cumulative remittance inflows fell to $1.2 billion in January 2014.",
      ["1200000000@2013-02-01..2014-01-31 remittances []"]
    ],
    [
      "The 12 month cumulative remittance inflows were $1.2 billion in February 2013.",
      ["1200000000@2012-03-01..2013-02-28 remittances []"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves a month's own total, and a span that is no whole month, as they were", () => {
    expect(read("Remittance inflows were $110 million in February 2014.")).toEqual([
      "110000000@2014-02 remittances []"
    ]);
    expect(read("The 12 month cumulative remittance inflows were $1.3 billion in 2013.")).toEqual([
      "1300000000@2013 remittances []"
    ]);
  });
});
