import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2018H1", "2018-07-10");

describe("a figure of 'the same month of' another year is that month of that year", () => {
  it.each([
    [
      "In June, remittances reached $375 million, up from $344 million in the same month of 2017.",
      "344000000@2017-06 remittances []"
    ],
    [
      "Last June, Honduras received remittances of $375 million, or 9% more than the $344 million in the same month of 2017.",
      "344000000@2017-06 remittances []"
    ],
    [
      "In May, 1,200 migrants were deported, compared with 900 in the same month of 2017.",
      "900@2017-05 deportations []"
    ],
    [
      "In April, 310 asylum applications were lodged, against 280 in the same month of 2016.",
      "280@2016-04 asylum_applications []"
    ],
    [
      "In March, 45 victims were identified, compared to 30 in the same month of 2017.",
      "30@2017-03 victims_identified []"
    ],
    ["In June, 2,100 migrants arrived, up from 1,700 in the same month in 2017.", "1700@2017-06 border_crossings []"],
    [
      "In February, 96 work permits were issued, compared with 80 in the same month of 2015.",
      "80@2015-02 work_permits_issued []"
    ],
    [
      "In January, 640 foreigners were deported, compared with 512 in the same month of 2017.",
      "512@2017-01 deportations []"
    ],
    [
      "In May, remittances totalled $402 million, up from $371 million in the same month of 2017.",
      "371000000@2017-05 remittances []"
    ],
    [
      "In April, 75 migrants were detained, compared with 60 in the same month of 2017.",
      "60@2017-04 detained_migrants []"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps a whole year set against a month as that year", () => {
    expect(read("In June, 1,200 migrants were deported, compared with 9,000 in 2017 as a whole.")).not.toContainEqual(
      "9000@2017-06 deportations []"
    );
  });
});
