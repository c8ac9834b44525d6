import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2016", "2017-02-01").map((r) => r.replace(/ \[.*\]$/, ""));

describe("a sentence opening on a count in words, or on 'N others', and a verb is a part of the count before", () => {
  it.each([
    ["In 2016, 1,200 migrants were deported. Fifty others were readmitted by border police.", "50@2016 readmissions"],
    ["In 2016, 1,900 migrants were deported. Seventy-five others were readmitted by Turkey.", "75@2016 readmissions"],
    ["In 2016, 800 migrants were deported. Twenty were readmitted by Greece.", "20@2016 readmissions"],
    ["In 2016, 640 migrants were returned. Forty-two were deported by air.", "42@2016 deportations"],
    ["In 2016, 950 migrants were intercepted. Twelve were repatriated to Nepal.", "12@2016 repatriations"],
    ["In 2016, 2,300 migrants were detained. Thirty others were deported to Turkey.", "30@2016 deportations"],
    ["In 2016, 410 foreigners were expelled. Sixty were readmitted under the agreement.", "60@2016 readmissions"],
    ["In 2016, 1,050 migrants were rescued. Eighty-five others were returned to Libya.", "85@2016 returns"],
    ["In 2016, 530 asylum seekers arrived. Fifteen were granted refugee status.", "15@2016 refugee_status_granted"],
    ["In 2016, 720 migrants were intercepted. Ninety others were deported.", "90@2016 deportations"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it("reads no part where the count in words names its own thing", () => {
    expect(read("In 2016, 1,200 migrants were deported. Fifty offices were opened.")).not.toContainEqual(
      "50@2016 deportations"
    );
  });
});
