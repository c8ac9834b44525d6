import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2013", "2014-09-09");

describe("parts listed after 'Of these …:' count parts of the count before", () => {
  it.each([
    [
      "In 2013, 787 work permits were issued. Of these 787 work permits:\n- 309 were for skilled positions;\n- 326 were for unskilled positions.",
      "309@2013 work_permits_issued"
    ],
    [
      "In 2013, 787 work permits were issued. Of these 787 work permits:\n- 309 were for skilled positions;\n- 326 were for unskilled positions.",
      "326@2013 work_permits_issued"
    ],
    [
      "In 2013, 787 work permits were issued. Of these:\n- 309 were for skilled positions;\n- 326 were for unskilled positions.",
      "309@2013 work_permits_issued"
    ],
    ["In 2013, 1,240 visas were issued. Of them: 800 were for tourism; 440 were for study.", "800@2013 "],
    ["In 2013, 1,240 visas were issued. Of them: 800 were for tourism; 440 were for study.", "440@2013 "],
    [
      "In 2013, 412 asylum applications were lodged. Among these applications: 210 were from Syrians and 202 from Afghans.",
      "210@2013 asylum_applications"
    ],
    [
      "In 2013, 96 criminal cases were opened. Of this number: 60 were for sexual exploitation, 36 were for forced labour.",
      "60@2013 "
    ],
    [
      "In 2013, 96 criminal cases were opened. Of this number: 60 were for sexual exploitation, 36 were for forced labour.",
      "36@2013 "
    ],
    [
      "In 2013, 2,300 residence permits were issued. Out of these: 1,500 were for work; 800 were for family reunion.",
      "1500@2013 residence_permits_issued"
    ],
    [
      "In 2013, 2,300 residence permits were issued. Out of these: 1,500 were for work; 800 were for family reunion.",
      "800@2013 residence_permits_issued"
    ],
    [
      "In 2013, 640 work permits were issued. Among them: 410 were for seasonal work; 230 were for domestic work.",
      "410@2013 "
    ],
    [
      "In 2013, 640 work permits were issued. Among them: 410 were for seasonal work; 230 were for domestic work.",
      "230@2013 "
    ]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(expected))).toBe(true);
  });
});

describe("a colon after a whole that names no part leads nothing", () => {
  it("a label and its figure", () => {
    expect(read("In 2013, 787 work permits were issued. Of the applicants: see table 3.")).toEqual([
      "787@2013 work_permits_issued []"
    ]);
  });
});
