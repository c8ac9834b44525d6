import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

// "4,869 Malian refugees with specific needs (as of 1 December 2016)": a factsheet line counting refugees on a day,
// with no verb, is a stock on that day.
describe("a verbless line counting refugees as of a day", () => {
  it.each([
    ["4,869 Malian refugees with specific needs (as of 1 December 2016)", "4869@2016-12-01"],
    ["12,586 Malian refugees in urban areas as of 30 November 2016", "12586@2016-11-30"],
    ["57,144 Malian refugees (as of 30 November 2016)", "57144@2016-11-30"],
    ["3,210 Sudanese refugees with disabilities (as at 1 December 2016)", "3210@2016-12-01"],
    ["Some 8,400 Syrian refugees (as of 15 November 2016)", "8400@2016-11-15"],
    ["1,902 registered refugees as of 1 December 2016", "1902@2016-12-01"],
    ["22,150 IDPs (as of 30 November 2016)", "22150@2016-11-30"],
    ["640 Eritrean refugees with serious medical conditions (as of 1 December 2016)", "640@2016-12-01"],
    ["7,300 Burundian refugees with specific needs (as of 30 November 2016)", "7300@2016-11-30"],
    ["15,400 South Sudanese refugees of working age (as at 1 December 2016)", "15400@2016-12-01"],
    ["About 9,000 internally displaced persons as of 1 December 2016", "9000@2016-12-01"],
    ["2,315 Congolese refugees of concern (as of 5 December 2016)", "2315@2016-12-05"]
  ])("%s", (text, expected) => {
    const read = rows(text, "2016-12", "2016-12-09");
    expect(read.map((r) => r.split(" ")[0])).toEqual([expected]);
    expect(read[0].split(" ")[1]).toMatch(/^(?:refugees_hosted|idps|internally_displaced_persons|foreigners_resident)/);
  });

  it.each([
    // A verb says what befell them.
    ["4,869 Malian refugees were resettled (as of 1 December 2016)", "refugees_resettled"],
    ["1,200 Malian refugees returned home as of 1 December 2016", "repatriations"]
  ])("%s", (text, indicator) => {
    expect(rows(text, "2016-12", "2016-12-09").map((r) => r.split(" ")[1])).toEqual([indicator]);
  });
});
