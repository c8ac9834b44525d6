import {describe, expect, it} from "vitest";
import {restatesNumber} from "../../loaders/general/read-restated-count.js";
import {observations} from "./read-paragraph.js";

const read = (text: string, reporting = "2020", date = "2020-11-02") =>
  observations(text, reporting, date).map((o) => `${o.value}@${o.period.label} ${o.indicator}`);

describe("'the number' or 'the figure' again, with any verb of change or a copula, in its own period", () => {
  it("reads the figure again as the count before it, each in the year written after it", () => {
    const cases: [string, string[]][] = [
      [
        "Between 1994 and 2012, 5,069 people applied for refugee status. Since the enactment of the Refugee Act in 2013, when the number was 1,574, the figure surged to 9,942 in 2017 and 16,173 in 2018.",
        ["5069@1994-2012 asylum_applications", "1574@2013 asylum_applications", "9942@2017 asylum_applications"]
      ],
      [
        "In 2013, 1,574 people applied for asylum. The figure surged to 9,942 in 2017.",
        ["1574@2013 asylum_applications", "9942@2017 asylum_applications"]
      ],
      [
        "In 2013, 1,574 people applied for asylum. The number soared to 9,942 in 2017.",
        ["1574@2013 asylum_applications", "9942@2017 asylum_applications"]
      ],
      [
        "In 2015, 800 people applied for asylum. The number plummeted to 310 in 2016.",
        ["800@2015 asylum_applications", "310@2016 asylum_applications"]
      ],
      ["In 2015, 800 people applied for asylum. The number plunged to 310 in 2016.", ["310@2016 asylum_applications"]],
      ["In 2015, 800 people applied for asylum. This figure tumbled to 310 in 2016.", ["310@2016 asylum_applications"]],
      [
        "In 2015, 800 people applied for asylum. In 2016, the number was 310.",
        ["800@2015 asylum_applications", "310@2016 asylum_applications"]
      ],
      [
        "In 2015, 800 people applied for asylum. The number climbed to 1,310 in 2016.",
        ["1310@2016 asylum_applications"]
      ],
      [
        "In 2015, 800 people applied for asylum, and in 2016, when the number was 310, the government opened a new centre.",
        ["800@2015 asylum_applications", "310@2016 asylum_applications"]
      ],
      ["The number of asylum applications surged to 9,942 in 2017.", ["9942@2017 asylum_applications"]],
      [
        "The number of asylum applications soared from 1,574 in 2013 to 9,942 in 2017.",
        ["1574@2013 asylum_applications", "9942@2017 asylum_applications"]
      ],
      ["The number of asylum applications plunged to 310 in 2016.", ["310@2016 asylum_applications"]],
      [
        "In 2013, 1,574 people applied for asylum. It rose to 9,942 in 2017.",
        ["1574@2013 asylum_applications", "9942@2017 asylum_applications"]
      ],
      [
        "In 2016, remittances stood at US$7.73 million. In 2017 it increased to US$9.82 million.",
        ["7730000@2016 remittances", "9820000@2017 remittances"]
      ],
      [
        "In 2016, remittances stood at US$7.73 million. The following year, they increased to US$9.82 million.",
        ["9820000@2017 remittances"]
      ]
    ];
    for (const [text, expected] of cases) expect(read(text)).toEqual(expect.arrayContaining(expected));
  });

  it("keeps a when-clause's period for the counts inside it", () => {
    expect(
      read("It rose again in the same period of 2021, when 14,302 permits were issued.", "2022", "2022-06-01")
    ).toEqual(["14302@2021 work_permits_granted"]);
    expect(read("Compared with 2014, when 93 people applied for asylum, the rate doubled.", "2015", "2016")).toEqual([
      "93@2014 asylum_applications"
    ]);
  });

  it("takes no noun from a law's name, and 'the number of' is no figure named again", () => {
    expect(restatesNumber("Since 2013, when the number ")).toBe(false);
    expect(restatesNumber("Since 2013, when the number was ")).toBe(true);
    expect(restatesNumber("The number of refugees was ")).toBe(false);
    expect(restatesNumber("The figure surged to ")).toBe(true);
    expect(restatesNumber("The Refugee Act was ")).toBe(false);
    expect(restatesNumber("In 2017 it increased to ")).toBe(true);
    expect(restatesNumber("In 2017 it was said that ")).toBe(false);
    expect(restatesNumber("The report says it ")).toBe(false);
    expect(read("Since the enactment of the Refugee Act in 2013, the number was 1,574.")).toEqual([]);
  });
});
