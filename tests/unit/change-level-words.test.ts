import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2019", "2020-03-15");

describe("a number word that a change starts from or reaches counts what the subject counts", () => {
  it.each([
    [
      "Identified victims increased from two in 2017 to 19 in 2019.",
      ["2@2017 victims_identified []", "19@2019 victims_identified []"]
    ],
    [
      "The number of identified victims rose from five in 2018 to 12 in 2019.",
      ["5@2018 victims_identified []", "12@2019 victims_identified []"]
    ],
    [
      "Asylum applications fell from 310 in 2018 to ninety in 2019.",
      ["310@2018 asylum_applications []", "90@2019 asylum_applications []"]
    ],
    [
      "Asylum applications fell from 310 in 2018 to ninety.",
      ["310@2018 asylum_applications []", "90@2019 asylum_applications []"]
    ],
    [
      "Identified victims increased from two to 19 in 2019.",
      ["2@2018 victims_identified []", "19@2019 victims_identified []"]
    ],
    ["In 2019, asylum applications dropped to seven.", ["7@2019 asylum_applications []"]],
    ["In 2019, asylum applications dropped sharply to seven.", ["7@2019 asylum_applications []"]],
    ["In 2019, asylum applications declined to about forty.", ["40@2019 asylum_applications []"]],
    [
      "Convictions of traffickers increased from four in 2018 to nine in 2019.",
      ["4@2018 trafficking_convictions []", "9@2019 trafficking_convictions []"]
    ],
    [
      "Deportations of foreigners went down from eleven in 2018 to six in 2019.",
      ["11@2018 deportations []", "6@2019 deportations []"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves a number word with no change before it unread when it counts nothing", () => {
    expect(read("In 2019, asylum applications were received from two.")).toEqual([]);
    expect(read("Asylum applications: the ministry examined two.")).toEqual([]);
    expect(read("Asylum applications increased in two of the regions.")).toEqual([]);
  });
});
