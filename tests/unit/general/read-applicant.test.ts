import {describe, expect, it} from "vitest";
import {observe, partsOf} from "./observe.js";
import {applicantPart} from "../../../loaders/general/read-applicant.js";

/** Each observation of one paragraph as "value citizenship sex age category". */
function read(text: string): string[] {
  return observe(text, "2021", "2022", partsOf);
}

describe("applications whose predicate names who made them", () => {
  it.each<[string, string[]]>([
    [
      "In 2021, 640 asylum applications were lodged, and 27 asylum applications were from children unaccompanied by an adult.",
      ["27 - - child unaccompanied"]
    ],
    ["In 2021, 73 asylum claims were lodged by unaccompanied minors.", ["73 - - child unaccompanied"]],
    ["In 2021, 2,310 asylum applications were filed; 540 were from women.", ["540 - female adult -"]],
    ["In 2021, 118 asylum requests were submitted by separated children.", ["118 - - child separated"]],
    ["In 2021, 66 asylum applications came from girls.", ["66 - female child -"]],
    ["In 2021, 1,045 asylum applications were lodged by men.", ["1045 - male adult -"]],
    ["In 2021, 402 asylum claims were lodged by Syrian women.", ["402 Syria female adult -"]],
    ["In 2021, 19 asylum applications were received from unaccompanied boys.", ["19 - male child unaccompanied"]],
    ["In 2021, there were 88 asylum applications from unaccompanied children.", ["88 - - child unaccompanied"]],
    ["In 2021, 250 asylum applications were from adults and 61 from minors.", ["250 - - adult -"]],
    [
      "In 2021, 96 asylum applications came from Eritreans; 58 from Somalis; and 21 from Venezuelans.",
      ["96 Eritrea - - -", "58 Somalia - - -", "21 Venezuela - - -"]
    ],
    ["In 2021, 1,302 asylum claims were lodged by Afghans.", ["1302 Afghanistan - - -"]]
  ])("%s", (text, expected) => {
    const rows = read(text);
    for (const row of expected) expect(rows).toContain(row);
  });

  it.each<[string, string]>([
    ["Of the 2,300 asylum seekers registered in 2022, 410 were unaccompanied minors.", "410 - - child unaccompanied"],
    ["In 2022, 1,150 unaccompanied children applied for asylum.", "1150 - - child unaccompanied"],
    ["In 2022, 64 unaccompanied girls applied for asylum.", "64 - female child unaccompanied"]
  ])("children without a parent are a part of children apart: %s", (text, row) => {
    expect(read(text)).toContain(row);
  });

  it.each<[string, Record<string, string> | null]>([
    [" were from children unaccompanied by a parent", {age_group: "child", category: "unaccompanied"}],
    [" were lodged by women", {sex: "female", age_group: "adult"}],
    [" came from Iraqis;", {citizenship: "Iraq"}],
    [" from East Timorese", {citizenship: "Timor-Leste"}],
    [" from unaccompanied minors", {age_group: "child", category: "unaccompanied"}],
    // A country, a place or an office made no application as a group of people.
    [" were from Syria", null],
    [" were lodged by the embassy", null],
    [" were made at the border", null],
    [" were from January to March", null],
    [" were received by the ministry", null],
    [" were processed", null],
    [" by mail", null]
  ])("%j is %j", (after, part) => {
    expect(applicantPart(after)).toEqual(part);
  });
});
