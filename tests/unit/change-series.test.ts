import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";

/** "value@period indicator" of each row of a sentence read in a report of 2024 dated September 2024. */
const series = (sentence: string) =>
  observations(sentence, "2024", "2024-09-04").map((o) => `${o.value}@${o.period.label} ${o.indicator}`);

// "increased from 1,956,781 in 2021, to 2,245,912 in 2022, to 2,507,584 in 2023": a change run through three years,
// its steps set off by commas; a year before ", to" dates the level before it and opens no range of counts.
describe("a change through several years, its steps set off by commas", () => {
  it.each([
    [
      "The number of victims identified rose from 12 in 2019, to 20 in 2020, to 31 in 2021.",
      ["12@2019 victims_identified", "20@2020 victims_identified", "31@2021 victims_identified"]
    ],
    [
      "Deportations increased from 1,200 in 2019, to 1,450 in 2020, to 1,900 in 2021.",
      ["1200@2019 deportations", "1450@2020 deportations", "1900@2021 deportations"]
    ],
    [
      "The number of asylum applications fell from 5,400 in 2020, to 4,100 in 2021.",
      ["5400@2020 asylum_applications", "4100@2021 asylum_applications"]
    ],
    [
      "Work permits issued grew from 3,000 in 2018, to 3,500 in 2019, to 4,200 in 2020.",
      ["3000@2018 work_permits_issued", "3500@2019 work_permits_issued", "4200@2020 work_permits_issued"]
    ],
    [
      "The number of trafficking victims identified went up from 40 in 2020, to 52 in 2021, to 61 in 2022.",
      [
        "40@2020 trafficking_victims_identified",
        "52@2021 trafficking_victims_identified",
        "61@2022 trafficking_victims_identified"
      ]
    ]
  ])("%s", (sentence, expected) => {
    expect(series(sentence)).toEqual(expected);
  });
});

// "foreign national residents … from 388,700 in 2021, to 411,270 in 2022": the levels a stock ran through, each dated
// by a bare year, stand on the year's last day.
describe("the levels of a stock a change runs through, on each year's last day", () => {
  it.each([
    [
      "The total numbers of foreign national residents have increased -- from 1,956,781 in 2021, to 2,245,912 in 2022, to 2,507,584 in 2023.",
      [
        "1956781@2021-12-31 foreigners_resident",
        "2245912@2022-12-31 foreigners_resident",
        "2507584@2023-12-31 foreigners_resident"
      ]
    ],
    [
      "The number of foreign residents rose from 120,000 in 2019 to 131,500 in 2020.",
      ["120000@2019-12-31 foreigners_resident", "131500@2020-12-31 foreigners_resident"]
    ],
    [
      "The number of foreign residents fell from about 50,000 in 2015 to 44,000 in 2016.",
      ["50000@2015-12-31 foreigners_resident", "44000@2016-12-31 foreigners_resident"]
    ],
    [
      "The number of unregistered foreign national residents has also risen: from 388,700 in 2021, to 411,270 in 2022 to 423,675 in 2023.",
      [
        "388700@2021-12-31 foreigners_resident",
        "411270@2022-12-31 foreigners_resident",
        "423675@2023-12-31 foreigners_resident"
      ]
    ],
    [
      "The foreign resident population grew from 80,000 in 2017 to 95,000 in 2018.",
      ["80000@2017-12-31 foreigners_resident", "95000@2018-12-31 foreigners_resident"]
    ]
  ])("%s", (sentence, expected) => {
    expect(series(sentence)).toEqual(expected);
  });

  it.each([
    // A flow changes over whole years: its levels keep their years.
    [
      "The number of victims identified rose from 12 in 2019 to 20 in 2020.",
      ["12@2019 victims_identified", "20@2020 victims_identified"]
    ],
    // A stock's level with no other dated level to set it in a series keeps its year.
    ["The number of foreign residents rose to 676,142 in 2019.", ["676142@2019 foreigners_resident"]],
    // A stock stated in a year without a change keeps the year it is stated for.
    ["There were 2,000 foreign residents in 2019.", ["2000@2019 foreigners_resident"]],
    // A stock at a year's end is on that day already.
    ["At the end of 2019, there were 2,000 foreign residents.", ["2000@2019-12-31 foreigners_resident"]]
  ])("%s", (sentence, expected) => {
    expect(series(sentence)).toEqual(expected);
  });

  it("a range of counts is still no count", () => {
    expect(series("Each year 2,000 to 3,000 foreign residents leave.")).toEqual([]);
  });
});
