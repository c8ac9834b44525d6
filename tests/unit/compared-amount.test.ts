import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018H1", "2018-07-10");

describe("a year a comparison names after an amount of money is not the clause's own", () => {
  it.each([
    [
      "In June, remittances reached $375 million, compared with $ 344 million in 2017.",
      "375000000@2018-06 remittances []"
    ],
    ["In June, remittances reached $375 million, up from $344 million in 2017.", "375000000@2018-06 remittances []"],
    [
      "In May, remittances totalled US$ 2.1 billion, compared to US$ 1.9 billion in 2017.",
      "2100000000@2018-05 remittances []"
    ],
    ["In April, remittances stood at $410 million, against $380 million in 2016.", "410000000@2018-04 remittances []"],
    [
      "In March, remittances reached €120 million, compared with €98 million in 2017.",
      "120000000@2018-03 remittances []"
    ],
    [
      "In June, remittances rose to $1.2 billion, compared to $1.1 billion in 2017.",
      "1200000000@2018-06 remittances []"
    ],
    [
      "In February, remittances totalled $96.5 million, up from $90 million in 2017.",
      "96500000@2018-02 remittances []"
    ],
    [
      "In January, remittances amounted to $2.75 billion, compared with $2.66 billion in 2017.",
      "2750000000@2018-01 remittances []"
    ],
    [
      "In May, remittances reached $ 402 million, compared with $ 371 million in 2017.",
      "402000000@2018-05 remittances []"
    ],
    [
      "In June, remittances reached USD 3.4 billion, compared with USD 3.1 billion in 2017.",
      "3400000000@2018-06 remittances []"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("still dates the compared figure by the year it names", () => {
    expect(read("In June, remittances reached $375 million, compared with $344 million in 2017.")).toContainEqual(
      "344000000@2017 remittances []"
    );
  });
});
