import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2017-07", "2017-08-05");

describe("a relative clause on a count ('4,997, which is the lowest …') neither stops it nor dates it", () => {
  it.each([
    [
      "Number of refugees and migrants in Serbia at the end of July 2017 dropped to 4,997 which is the lowest number in the last eleven months.",
      ["4997@2017-07-31 refugees_hosted []"]
    ],
    [
      "The number of refugees in Serbia at the end of July 2017 fell to 4,997, which is the lowest number in the last eleven months.",
      ["4997@2017-07-31 refugees_hosted []"]
    ],
    [
      "In 2016, asylum applications fell to 2,340, which was the lowest level since 2012.",
      ["2340@2016 asylum_applications []"]
    ],
    [
      "In 2016, asylum applications fell to 2,340 which was the lowest level since 2012.",
      ["2340@2016 asylum_applications []"]
    ],
    [
      "In 2016, asylum applications rose to 9,100, which was the highest figure since 2015.",
      ["9100@2016 asylum_applications []"]
    ],
    [
      "In 2016, asylum applications rose to 9,100, which was the highest in the last five years.",
      ["9100@2016 asylum_applications []"]
    ],
    [
      "In 2016, identified victims of trafficking dropped to 45, which is the lowest number since 2010.",
      ["45@2016 trafficking_victims_identified []"]
    ],
    [
      "In 2016, deportations of foreigners rose to 1,210, which was the highest since 2009.",
      ["1210@2016 deportations []"]
    ],
    [
      "In the first half of 2016, asylum applications fell to 800, which was the lowest level in the last three years.",
      ["800@2016H1 asylum_applications []"]
    ],
    [
      "In 2016, work permits issued to foreigners fell to 3,050, which was the lowest number since 2011.",
      ["3050@2016 work_permits_issued []"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("still dates a count by a period that follows it with no relative clause", () => {
    expect(read("Asylum applications fell to 2,340 in 2016.")).toEqual(["2340@2016 asylum_applications []"]);
    expect(read("Asylum applications fell to 2,340 in 2016, which was the lowest level since 2012.")).toEqual([
      "2340@2016 asylum_applications []"
    ]);
  });
});
