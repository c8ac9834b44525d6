import {describe, expect, it} from "vitest";
import {rows} from "./read-paragraph.js";

const read = (text: string) => rows(text, "2013-03-03..2015-09-23", "2015-09-24");

describe("a span from a day to the end of its year", () => {
  it.each([
    [
      "From March 3, 2014, to the end of 2014, there were about 200 asylum claims lodged.",
      "200@2014-03-03..2014-12-31"
    ],
    [
      "From the commencement of the mechanism on March 3, 2014, to the end of 2014, 200 asylum claims were lodged.",
      "200@2014-03-03..2014-12-31"
    ],
    ["Between 3 March 2014 and the end of that year, 200 asylum claims were lodged.", "200@2014-03-03..2014-12-31"],
    ["From 1 July 2014 to the end of 2014, 1,240 migrants were deported.", "1240@2014H2"],
    ["Between 15 April 2014 and the end of 2014, 48 victims were identified.", "48@2014-04-15..2014-12-31"],
    [
      "From the entry into force of the law on 1 October 2014 to the end of 2014, 640 work permits were issued.",
      "640@2014Q4"
    ],
    ["From September 1, 2014 until the end of 2014, 310 migrants were returned.", "310@2014-09-01..2014-12-31"],
    [
      "Between the opening of the centre on 12 May 2014 and the end of the same year, 870 migrants were rescued.",
      "870@2014-05-12..2014-12-31"
    ],
    ["From 20 June 2014 through the end of 2014, 12 traffickers were convicted.", "12@2014-06-20..2014-12-31"],
    [
      "From the launch of the programme on 2 February 2014 to the end of 2014, 1,250 refugees were resettled.",
      "1250@2014-02-02..2014-12-31"
    ]
  ])("%s", (text, expected) => {
    expect(read(text).some((r) => r.startsWith(`${expected} `))).toBe(true);
  });
});

describe("a day to the end of another year is no such span", () => {
  it("the end of a later year", () => {
    expect(
      read("From 1 July 2013 to the end of 2014, 1,240 migrants were deported.").some((r) =>
        r.startsWith("1240@2013-07-01..2013-12-31")
      )
    ).toBe(false);
  });
});
