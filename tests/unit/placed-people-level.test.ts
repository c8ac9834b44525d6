import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017", "2017-05-16");

describe("the level migrants or foreigners in a place stood at is a stock of them there", () => {
  it.each([
    [
      "At the end of February 2017, the number of migrants on the islands stood at 13,053.",
      "13053@2017-02-28 foreigners_resident []"
    ],
    ["The number of foreigners in the country stood at 24,992.", "24992@2017-05-16 foreigners_resident []"],
    ["The number of migrants in the camps stands at 4,100.", "4100@2017-05-16 foreigners_resident []"],
    ["The number of migrants in Libya stood at 636,426.", "636426@2017-05-16 foreigners_resident []"],
    ["The number of foreign nationals in the country amounted to 12,300.", "12300@2017-05-16 foreigners_resident []"],
    [
      "At the end of March 2017, the number of migrants on the island stood at 5,576.",
      "5576@2017-03-31 foreigners_resident []"
    ],
    ["The number of immigrants in the territory stood at 88,400.", "88400@2017-05-16 foreigners_resident []"],
    ["The number of migrants currently on the islands stands at 2,310.", "2310@2017-05-16 foreigners_resident []"],
    ["The number of foreigners on the island totalled 1,950.", "1950@2017-05-16 foreigners_resident []"],
    ["The number of migrants at the border stood at 3,400.", "3400@2017-05-16 foreigners_resident []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it("keeps what befell the people, and people said to be nowhere, as before", () => {
    expect(read("The number of migrants arrested on the islands stood at 1,300.")).toEqual([
      "1300@2017 detained_migrants []"
    ]);
    expect(read("In 2017, the number of migrants deported stood at 1,300.")).toEqual(["1300@2017 deportations []"]);
  });
});
