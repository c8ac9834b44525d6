import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// A wire item of 14 November 2014.
const read = (text: string) => rows(text, "2014", "2014-11-14").map((r) => r.split(" [")[0]);

describe("refugees a sentence says are there ('there are …') live there, on a day", () => {
  it.each([
    ["In total, there are currently more than 216,000 Eritrean refugees in Ethiopia.", "2014-11-14"],
    ["There are now 216,000 refugees in the country.", "2014-11-14"],
    ["There are 216,000 refugees in Ethiopia.", "2014-11-14"],
    ["There are still 216,000 refugees in the camps.", "2014-11-14"],
    ["There were 216,000 refugees in the country at the end of October.", "2014-10-31"],
    ["Today there are some 216,000 Somali refugees in Kenya.", "2014-11-14"],
    ["There are currently about 216,000 refugees in Uganda.", "2014-11-14"],
    ["There remain 216,000 refugees in the camps.", "2014-11-14"],
    ["At present there are 216,000 refugees in the country.", "2014-11-14"],
    ["There are currently 216,000 Sudanese refugees in Chad.", "2014-11-14"]
  ])("%s", (text, day) => {
    expect(read(text)).toEqual([`216000@${day} refugees_hosted`]);
  });

  it.each([
    ["In 2014, there were 216,000 refugees who arrived in Europe.", "216000@2014 border_crossings"],
    ["There were 216,000 refugees resettled in 2014.", "216000@2014 refugees_resettled"],
    ["There are currently 44,462 detainees in immigration detention.", "44462@2014-11-14 detention_placements"]
  ])("leaves what befell them, and other people, to their own words: %s", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });
});
