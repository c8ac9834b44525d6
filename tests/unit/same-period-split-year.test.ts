import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019-09..2020-02", "2020-04-06");

describe("a figure of 'the same period in' a split year is the sentence's span moved back to it", () => {
  it.each([
    [
      "From 1 September 2019 to 29 February 2020, UNHCR recorded 65,797 arrivals by sea, compared with the same period in 2018/19, when approximately 55,017 arrivals by sea were recorded.",
      "55017@2018-09-01..2019-02-28 border_crossings []"
    ],
    [
      "From 1 September 2019 to 29 February 2020, IOM recorded 11,043 arrivals, compared with 4,329 in the same period in 2018/19.",
      "4329@2018-09-01..2019-02-28 border_crossings []"
    ],
    [
      "From 1 October 2019 to 31 March 2020, 2,300 migrants were deported, compared with 1,900 in the same period of 2018/19.",
      "1900@2018-10-01..2019-03-31 deportations []"
    ],
    [
      "From 1 July 2019 to 31 January 2020, 640 victims were identified, against 512 in the same period in 2018/19.",
      "512@2018-07-01..2019-01-31 victims_identified []"
    ],
    [
      "From 1 November 2019 to 29 February 2020, 420 asylum applications were lodged, compared to 380 in the same period of 2018/2019.",
      "380@2018-11-01..2019-02-28 asylum_applications []"
    ],
    [
      "From 1 December 2019 to 31 January 2020, 96 migrants were detained, compared with 80 in the same period in 2018/19.",
      "80@2018-12-01..2019-01-31 detained_migrants []"
    ],
    [
      "From 1 September 2019 to 29 February 2020, 3,100 migrants arrived, up from 2,700 in the same period of 2018/19.",
      "2700@2018-09-01..2019-02-28 border_crossings []"
    ],
    [
      "From 1 September 2019 to 29 February 2020, 75 traffickers were convicted, compared with some 60 in the same period in 2018/19.",
      "60@2018-09-01..2019-02-28 trafficking_convictions []"
    ],
    [
      "From 1 September 2019 to 29 February 2020, 1,450 migrants were returned, compared with 1,200 in the same months of 2018/19.",
      "1200@2018-09-01..2019-02-28 returns []"
    ],
    [
      "From 1 August 2019 to 31 March 2020, 8,000 migrants were rescued, compared with the same period in 2018/19, when 6,500 were rescued.",
      "6500@2018-08-01..2019-03-31 migrants_rescued []"
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("moves no figure that is itself set against the split year", () => {
    expect(
      read(
        "From 1 September 2019 to 29 February 2020, remittances rose to $164.4 million over the same period of 2020/21."
      )
    ).not.toContainEqual("164400000@2018-09-01..2019-02-28 remittances []");
  });
});
