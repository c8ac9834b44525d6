import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017", "2018-06-28");

describe("parts bracketed inside a noun phrase: the head after the bracket is what the whole counts", () => {
  it.each([
    [
      "In 2017, it reported identifying and assisting 1,107 trafficking (658 labor, 358 sex trafficking, and the remainder were unspecified) victims.",
      ["1107@2017 trafficking_victims_identified []", "658@2017 trafficking_victims_identified [labor trafficking]"]
    ],
    [
      "In 2017, authorities identified 212 trafficking (150 sex and 62 labor trafficking) victims.",
      ["212@2017 trafficking_victims_identified []", "62@2017 trafficking_victims_identified [labor trafficking]"]
    ],
    [
      "In 2017, the government identified 94 trafficking (71 sex trafficking and 23 labor trafficking) victims.",
      ["94@2017 trafficking_victims_identified []", "71@2017 trafficking_victims_identified [sex trafficking]"]
    ],
    [
      "The government reported 45 forced labor (30 men and 15 women) victims in 2017.",
      ["45@2017 trafficking_victims [forced labor]", "30@2017 trafficking_victims []"]
    ],
    [
      "In 2017, 340 asylum (200 first and 140 repeat) applications were filed.",
      ["340@2017 asylum_applications []", "140@2017 asylum_applications [repeat]"]
    ],
    [
      "In 2017, 610 asylum (420 first and 190 subsequent) applications were lodged.",
      ["610@2017 asylum_applications []", "420@2017 asylum_applications [first]"]
    ],
    [
      "In 2017, police identified 57 trafficking (40 sex trafficking, 17 forced labor) victims.",
      ["57@2017 trafficking_victims_identified []", "40@2017 trafficking_victims_identified [sex trafficking]"]
    ],
    [
      "Authorities reported identifying 128 trafficking (90 sex trafficking and 38 labor trafficking) victims in 2017.",
      ["128@2017 trafficking_victims_identified []", "38@2017 trafficking_victims_identified [labor trafficking]"]
    ],
    [
      "In 2017, NGOs identified 33 trafficking (25 sex and eight labor) victims.",
      ["33@2017 trafficking_victims_identified []"]
    ],
    [
      "The agency identified 76 trafficking (51 sex trafficking and 25 labor trafficking) victims during 2017.",
      ["76@2017 trafficking_victims_identified []", "25@2017 trafficking_victims_identified [labor trafficking]"]
    ]
  ])("%j", (text, expected) => {
    const got = read(text);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe("brackets elsewhere keep their readings", () => {
  it.each([
    ["In 2017, 30 victims (20 women) were identified.", "30@2017 victims_identified []"],
    ["In 2017, the office received 90 asylum requests (2016: 75) from Syrians.", "90@2017 asylum_applications []"],
    ["In 2017, 15 (10 men and 5 women) victims were identified.", "15@2017 victims_identified []"]
  ])("%s", (text, expected) => {
    expect(read(text)).toContain(expected);
  });
});
