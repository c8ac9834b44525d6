import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period" of every observation of a sentence in a report on 2018 dated March 2019. */
const read = (text: string) => observations(text, "2018", "2019-03-01").map((o) => `${o.value}@${o.period.label}`);

describe("counts and periods paired in order by 'respectively'", () => {
  it.each([
    ["In 2016 and 2017, 120 and 140 victims were identified, respectively.", ["120@2016", "140@2017"]],
    ["The government identified 120 and 140 victims in 2016 and 2017, respectively.", ["120@2016", "140@2017"]],
    ["In 2017 and 2018, the police detained 320 and 410 migrants respectively.", ["320@2017", "410@2018"]],
    [
      "Courts convicted 12, 15 and 19 traffickers in 2015, 2016 and 2017, respectively.",
      ["12@2015", "15@2016", "19@2017"]
    ],
    [
      "The office received 2,310 and 2,904 asylum applications in 2017 and 2018 respectively.",
      ["2310@2017", "2904@2018"]
    ],
    ["In 2014 and 2015 authorities deported 1,100 and 950 foreigners, respectively.", ["1100@2014", "950@2015"]],
    [
      "The government repatriated 12, 13, and 14 victims on August 5, 6, and 8, respectively.",
      ["12@2018-08-05", "13@2018-08-06", "14@2018-08-08"]
    ],
    ["Police rescued 30 and 41 victims on 3 and 9 July 2018, respectively.", ["30@2018-07-03", "41@2018-07-09"]],
    [
      "The ministry issued 410 and 380 work permits on January 10 and 24, respectively.",
      ["410@2019-01-10", "380@2019-01-24"]
    ],
    ["In 2012 and 2013, 45 and 52 trafficking cases were investigated, respectively.", ["45@2012", "52@2013"]],
    ["Shelters assisted 77 and 81 victims of trafficking in 2016 and 2017 respectively.", ["77@2016", "81@2017"]]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["no 'respectively'", "In 2016 and 2017, 120 victims were identified.", ["120@2017"]],
    [
      "more counts than years",
      "The police detained 320, 410 and 500 migrants in 2017 and 2018, respectively.",
      ["320@2017", "410@2017", "500@2017"]
    ],
    [
      "more years than counts",
      "The police detained 320 and 410 migrants in 2017, 2018 and 2019, respectively.",
      ["320@2017", "410@2017"]
    ]
  ])("pairs nothing with %s", (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads the days of a day list as dates, not counts", () => {
    expect(read("The government repatriated 12 and 14 victims on August 5 and 8, respectively.")).toEqual([
      "12@2018-08-05",
      "14@2018-08-08"
    ]);
  });
});
