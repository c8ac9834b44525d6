import {describe, expect, it} from "vitest";
import {frameSentence, sentencePeriods} from "../../loaders/general/resolve-period.js";

/** The periods of the count written `n` in a sentence of an item dated `date`. */
const periods = (text: string, n: string, date = "2018-01-02") =>
  sentencePeriods(frameSentence(text, date, null), text.indexOf(n), date).map((p) => `${p.start}..${p.end}`);

describe("a count since an event whose date follows it in the clause runs from that date to the item's", () => {
  it.each([
    [
      "Since the start of the voluntary repatriation of Chadians from Darfur on 18 December 2017, 942 refugees have returned.",
      "942",
      "2017-12-18..2018-01-02"
    ],
    ["Since this project began in November 2017, 1,505 returnees were assisted.", "1,505", "2017-11-01..2018-01-02"],
    [
      "Since the operation started on 3 April 2017, some 60,000 migrants have returned.",
      "60,000",
      "2017-04-03..2018-01-02"
    ],
    [
      "Since the programme was launched in March 2016, 4,000 migrants have been assisted.",
      "4,000",
      "2016-03-01..2018-01-02"
    ],
    ["Since the law entered into force in 2015, 312 victims were identified.", "312", "2015-01-01..2018-01-02"],
    ["Since the start of operations in 2014, 1,200 migrants have been housed.", "1,200", "2014-01-01..2018-01-02"],
    ["Since the border reopened on 1 June 2017, 8,400 people have crossed.", "8,400", "2017-06-01..2018-01-02"],
    ["Since their arrival in August 2017, 96 refugees have been resettled.", "96", "2017-08-01..2018-01-02"],
    ["Since the scheme opened in 2016, 2,100 permits were issued.", "2,100", "2016-01-01..2018-01-02"],
    [
      "More than 20,500 visas have been granted since the establishment of the program in 1989.",
      "20,500",
      "1989-01-01..2018-01-02"
    ]
  ])("%s", (text, n, expected) => expect(periods(text, n)).toEqual([expected]));

  it.each([
    // A when-clause counts at that time; a comma closes the since-clause before the date; no "since" at all.
    ["Since the Refugee Act in 2013, when the number was 1,574, claims rose.", "1,574", "2013-01-01..2013-12-31"],
    ["Since the war began, 1,127 people applied in 2017.", "1,127", "2017-01-01..2017-12-31"],
    ["The project began in November 2017 and 1,505 returnees were assisted.", "1,505", "2017-11-01..2017-11-30"]
  ])("not in %s", (text, n, expected) => expect(periods(text, n)).toEqual([expected]));
});
