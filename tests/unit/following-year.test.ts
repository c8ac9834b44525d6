import {describe, expect, it} from "vitest";
import {lastYearOf, withFollowingYears} from "../../loaders/general/following-year.js";
import {findPeriods} from "../../loaders/periods/parse-period.js";

const following = (text: string, lastYear: number | null = 2015) =>
  withFollowingYears(text, findPeriods(text), lastYear)
    .filter((p) => p.pattern === "year_following")
    .map((p) => `${p.period.label}:${text.slice(p.start, p.end)}`);

describe('"the following year" is the year after the last one named before it', () => {
  it.each([
    ["The following year, it more than doubled to Nu 1.7bn.", "2016:The following year"],
    ["The next year 412 work permits were issued.", "2016:The next year"],
    ["A year later, 96 foreigners were deported.", "2016:A year later"],
    ["In the subsequent year arrivals reached 15,300.", "2016:the subsequent year"],
    ["The number rose to 1,204 the following year.", "2016:the following year"],
    ["Arrivals fell to 900 the next year, the ministry said.", "2016:the next year"],
    ["In 2011, 40 victims were found; the following year, 52.", "2012:the following year"],
    ["Some 300 were returned in 2018 and 410 a year later.", "2019:a year later"],
    ["During the following year the courts convicted 12.", "2016:the following year"],
    ["Remittances fell in 2009 but rose the next year to $3 million.", "2010:the next year"]
  ])("%s", (text, expected) => expect(following(text)).toEqual([expected]));

  it.each([
    // No year named before it, in the sentence or the text.
    ["The following year, 412 permits were issued.", null],
    // Another wording: a forecast or a year of age.
    ["The following years saw 412 permits issued.", 2015],
    ["Next year 412 permits will be issued.", 2015],
    ["Children under one year were 12.", 2015]
  ])("none in %s", (text, lastYear) => expect(following(text, lastYear)).toEqual([]));

  it.each([
    ["In the same year, only 15 outgoing transfers were carried out.", "2015:the same year"],
    ["That same year, 96 foreigners were deported.", "2015:That same year"],
    ["Only four people were returned to another country that year.", "2015:that year"],
    ["In that year the courts convicted 12 traffickers.", "2015:that year"],
    ["During the same year, 40 victims were referred.", "2015:the same year"],
    ["The same year, 1,204 work permits were issued.", "2015:The same year"],
    ["In 2011, 40 victims were found; in the same year, 52 suspects were charged.", "2011:the same year"],
    ["Arrivals rose in 2018, and 410 were returned that same year.", "2018:that same year"],
    ["Remittances reached $3 million that year, the bank said.", "2015:that year"],
    ["In this same year, 77 residence permits were revoked.", "2015:this same year"]
  ])("%s names the year itself", (text, expected) => expect(following(text)).toEqual([expected]));

  it.each([
    // A possessive speaks of a figure, not of a period ("that year's total").
    ["That year's total of 412 permits was a record.", 2015],
    // No year named before it.
    ["In the same year, 52 suspects were charged.", null],
    // Another word: "the same period", "the same month".
    ["In the same period, 52 suspects were charged.", 2015],
    ["That month, 52 suspects were charged.", 2015]
  ])("no same year in %s", (text, lastYear) => expect(following(text, lastYear)).toEqual([]));

  it("remembers the last whole year a sentence named", () => {
    expect(lastYearOf(findPeriods("In 2015 and in 2017, 40 were returned."))).toBe(2017);
    expect(lastYearOf(findPeriods("In March 2017, 40 were returned."))).toBeNull();
  });
});
