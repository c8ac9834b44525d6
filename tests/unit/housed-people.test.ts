import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2016", "2016-11-02");

describe("people a place houses now, in the present tense, are a stock living there", () => {
  it.each([
    [
      "As of August 1, 2016, about 140,000 migrants are accommodated in the Italian reception centres.",
      "140000@2016-08-01 foreigners_resident []"
    ],
    [
      "As of 30 September 2016, 12,400 migrants are housed in reception facilities.",
      "12400@2016-09-30 foreigners_resident []"
    ],
    ["As of 1 October 2016, 8,556 migrants are accommodated on the islands.", "8556@2016-10-01 foreigners_resident []"],
    [
      "As of 31 August 2016, some 3,200 foreigners are housed in temporary shelters.",
      "3200@2016-08-31 foreigners_resident []"
    ],
    [
      "As of 15 October 2016, 61,000 migrants are currently accommodated in the country.",
      "61000@2016-10-15 foreigners_resident []"
    ],
    ["As of 1 September 2016, 4,700 migrants are housed in the hotspots.", "4700@2016-09-01 foreigners_resident []"],
    ["As of 30 June 2016, 2,950 foreign workers are housed in dormitories.", "2950@2016-06-30 foreigners_resident []"],
    ["As of 1 July 2016, 9,100 migrants are housed in collective centres.", "9100@2016-07-01 foreigners_resident []"],
    [
      "As of 1 October 2016, 7,020 foreign nationals are accommodated in state facilities.",
      "7020@2016-10-01 foreigners_resident []"
    ],
    ["As of 31 July 2016, 1,850 refugees are housed in urban areas.", "1850@2016-07-31 refugees_hosted []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("keeps people accommodated in the past as assisted", () => {
    expect(read("In 2016, 3,000 victims were accommodated in shelters.")).toContainEqual(
      "3000@2016 victims_assisted []"
    );
  });
});
