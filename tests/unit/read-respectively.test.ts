import {describe, expect, it} from "vitest";
import {observations} from "./read-paragraph.js";
import {extractStatements} from "../../loaders/general/extract-statements.js";
import {parsePeriodLabel} from "../../loaders/periods/parse-period.js";

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

/** "value@start..end" of the rows read from one paragraph of an item dated 23 August 2022. */
function rows(text: string): string[] {
  const r = extractStatements(text, [{number: "", start: 0, end: text.length}], {
    reportingPeriod: parsePeriodLabel("2022-08"),
    documentDate: "2022-08-23",
    state: "Indonesia",
    claimed: []
  });
  return r.observations.map((o) => `${o.value}@${o.period.start}..${o.period.end}`);
}

describe("counts dated one by one with respectively", () => {
  it.each([
    [
      "Previously, the government repatriated 12, 13, and 14 people on August 5, 6, and 8, respectively.",
      ["12@2022-08-05", "13@2022-08-06", "14@2022-08-08"]
    ],
    [
      "The coast guard rescued 40, 25 and 61 migrants on July 2, 9 and 30, respectively.",
      ["40@2022-07-02", "25@2022-07-09", "61@2022-07-30"]
    ],
    [
      "Police rescued 17 and 22 victims of trafficking on 3 and 14 May respectively.",
      ["17@2022-05-03", "22@2022-05-14"]
    ],
    [
      "In 2021, the ministry repatriated 105 and 98 migrant workers on 1 and 15 March, respectively.",
      ["105@2021-03-01", "98@2021-03-15"]
    ],
    [
      "Authorities deported 30, 31 and 44 foreigners on June 10, 11 and 12, respectively.",
      ["30@2022-06-10", "31@2022-06-11", "44@2022-06-12"]
    ],
    ["The navy intercepted 120 and 87 migrants on Aug. 1 and 7, respectively.", ["120@2022-08-01", "87@2022-08-07"]],
    [
      "The embassy repatriated 9 and 11 migrant workers on 20 and 21 July 2022, respectively.",
      ["9@2022-07-20", "11@2022-07-21"]
    ],
    [
      "Officers arrested 6, 8, and 5 smugglers on February 3, 17, and 28, respectively.",
      ["6@2022-02-03", "8@2022-02-17", "5@2022-02-28"]
    ],
    [
      "The government repatriated 1,050 and 2,310 migrants on April 4 and 19 respectively.",
      ["1050@2022-04-04", "2310@2022-04-19"]
    ],
    [
      "The agency returned 33 and 35 victims of trafficking on the 2nd and 9th of June, respectively.",
      ["33@2022-06-02", "35@2022-06-09"]
    ],
    ["Police rescued 14 and 16 victims on November 3 and 10, 2021, respectively.", ["14@2021-11-03", "16@2021-11-10"]]
  ])("%j", (text, expected) => {
    const read = rows(text);
    for (const e of expected) expect(read.some((r) => r.startsWith(`${e}..`))).toBe(true);
    // No day of the list is read as a count.
    expect(read.length).toBe(expected.length);
  });
});

describe("the list of days", () => {
  it("keeps the period of the sentence when the lists differ in length", () => {
    const read = rows("The government repatriated 12 and 14 people on August 5, 6, and 8, respectively.");
    expect(read.some((r) => r.startsWith("14@2022-08-06"))).toBe(false);
    expect(read.some((r) => r.startsWith("6@") || r.startsWith("8@"))).toBe(false);
  });

  it("reads a count after a single day as a count", () => {
    expect(rows("And on August 22, 202 migrant workers were repatriated.")).toContain("202@2022-08-22..2022-08-22");
  });

  it("leaves a speech's day out of the document's stock day", () => {
    for (const text of [
      "Officials revealed the figures on Oct. 5. The country is currently home to 4,000 refugees.",
      "Officials revealed the figures on 5 October. The country is currently home to 4,000 refugees."
    ])
      expect(rows(text).some((r) => r.includes("-10-05"))).toBe(false);
  });
});

// "USD 437.5 million and USD 407 million in January and February, respectively": a list of months pairs as years do.
describe("counts and months paired in order by 'respectively'", () => {
  it.each([
    [
      "Workers' remittances climbed to USD 437.5 million and USD 407 million in January and February, respectively.",
      ["437500000@2019-01", "407000000@2019-02"]
    ],
    [
      "Remittances were USD 437.5 million and USD 407 million in January and February 2018 respectively.",
      ["437500000@2018-01", "407000000@2018-02"]
    ],
    ["Police detained 320 and 410 migrants in March and April 2018, respectively.", ["320@2018-03", "410@2018-04"]],
    [
      "The office received 2,310, 2,904 and 3,100 asylum applications in October, November and December, respectively.",
      ["2310@2018-10", "2904@2018-11", "3100@2018-12"]
    ],
    ["In 2018, courts convicted 12 and 15 traffickers in June and July, respectively.", ["12@2018-06", "15@2018-07"]],
    [
      "Arrivals numbered 1,200, 1,450 and 1,600 in November, December and January, respectively.",
      ["1200@2018-11", "1450@2018-12", "1600@2019-01"]
    ],
    [
      "The ministry issued 410 and 380 work permits during May and June 2018 respectively.",
      ["410@2018-05", "380@2018-06"]
    ],
    [
      "Authorities deported 1,100 and 950 foreigners in the months of August and September 2018, respectively.",
      ["1100@2018-08", "950@2018-09"]
    ],
    ["In 2018, 30 and 41 victims were rescued in July and August, respectively.", ["30@2018-07", "41@2018-08"]],
    [
      "The shelters assisted 14, 9 and 22 victims in Jan., Feb. and Mar. 2018, respectively.",
      ["14@2018-01", "9@2018-02", "22@2018-03"]
    ]
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Months with no "respectively" are one span, not a pairing.
    "Police detained 320 and 410 migrants in March and April 2018.",
    // Two months and three counts do not pair.
    "Police detained 320, 410 and 500 migrants in March and April 2018, respectively."
  ])("%s pairs no count with a month", (text) => {
    expect(read(text).some((r) => /@2018-0[34]$/.test(r))).toBe(false);
  });
});
