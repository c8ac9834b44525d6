import {describe, expect, it} from "vitest";
import {findPeriods} from "../../loaders/periods/parse-period.js";
import {frameSentence, sentencePeriods} from "../../loaders/general/resolve-period.js";

const spans = (text: string) => findPeriods(text).map((p) => `${p.period.start}..${p.period.end}`);

/** The period the number written `n` is given in its sentence. */
const periodOf = (sentence: string, n: string) =>
  sentencePeriods(frameSentence(sentence), sentence.indexOf(n), undefined).map((p) => `${p.start}..${p.end}`);

describe("a span from one day to another", () => {
  it.each([
    ["from 1 November 2003 to 31 August 2004", "2003-11-01..2004-08-31"],
    ["From 1 November 2003 until 31 August 2004", "2003-11-01..2004-08-31"],
    ["between 1 March 2019 and 30 June 2020", "2019-03-01..2020-06-30"],
    ["from 1 January to 31 August 2004", "2004-01-01..2004-08-31"],
    ["from 15 March through 14 April 2021", "2021-03-15..2021-04-14"],
    ["from 1 July 2019 to 30 June 2020", "2019-07-01..2020-06-30"],
    ["from 1 January 2019 to 31 December 2019", "2019-01-01..2019-12-31"],
    ["between 1 January and 30 June 2022", "2022-01-01..2022-06-30"],
    ["from 10 May, 2018 to 9 May, 2019", "2018-05-10..2019-05-09"],
    ["from 1 October 2020 till 31 March 2021", "2020-10-01..2021-03-31"]
  ])("reads %s", (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it.each([
    ["backwards", "from 31 August 2004 to 1 January 2004"],
    ["a day that does not exist", "from 31 February 2004 to 31 August 2004"],
    ["two dates with no 'from'", "On 1 January 2018 and on 1 January 2019"]
  ])("reads no span from %s", (_, text) => {
    expect(findPeriods(text).some((p) => p.pattern === "day_range")).toBe(false);
  });

  it("dates the count it opens", () => {
    const s = "From 1 November 2003 to 31 August 2004, 11,491 persons acquired citizenship.";
    expect(periodOf(s, "11,491")).toEqual(["2003-11-01..2004-08-31"]);
  });
});

describe("a contrasting clause that names its own date", () => {
  it.each([
    [
      "On 1 January 2018, 233,393 were registered; on 1 January 2019 the number had dropped to 224,670, while on 1 July 2019, 220 491 were.",
      "224,670",
      "2019-01-01..2019-01-01"
    ],
    [
      "On 1 January 2019 the number stood at 224,670, whereas on 1 July 2019 it was 220,491.",
      "224,670",
      "2019-01-01..2019-01-01"
    ],
    ["In 2019 the number rose to 5,200, while in 2020 it fell to 4,100.", "5,200", "2019-01-01..2019-12-31"],
    ["In 2019 the number rose to 5,200, while in 2020 it fell to 4,100.", "4,100", "2020-01-01..2020-12-31"],
    [
      "As of 1 June 2021 there were 900 holders, while as of 1 June 2022 there were 1,100.",
      "900",
      "2021-06-01..2021-06-01"
    ]
  ])("keeps the number in its own clause: %s", (sentence, n, span) => {
    expect(periodOf(sentence, n)).toEqual([span]);
  });

  it("leaves a 'while' with no date of its own in the clause", () => {
    const s = "A total of 500 were returned, while others left voluntarily in 2019.";
    expect(periodOf(s, "500")).toEqual(["2019-01-01..2019-12-31"]);
  });
});

describe("a span between two years", () => {
  it.each([
    ["Between 2015 and 2019, 14 500 residence permits were issued.", "14 500", "2015-01-01..2019-12-31"],
    ["between the years 2010 and 2013, 1,076 complaints were received", "1,076", "2010-01-01..2013-12-31"],
    ["A total of 739 victims were identified between 2000 and 2013.", "739", "2000-01-01..2013-12-31"]
  ])("dates the count in %s", (sentence, n, span) => {
    expect(periodOf(sentence, n)).toEqual([span]);
  });

  it.each([
    ["years that run backwards", "between 2019 and 2015"],
    ["two years not joined by 'and'", "between 2015, 2016 or 2019"]
  ])("reads no span from %s", (_, text) => {
    expect(findPeriods(text).some((p) => p.pattern === "range")).toBe(false);
  });
});
