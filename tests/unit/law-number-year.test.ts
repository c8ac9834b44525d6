import {describe, expect, it} from "vitest";
import {frameSentence} from "../../loaders/general/resolve-period.js";

/** The year labels a sentence names. */
const labels = (sentence: string) => frameSentence(sentence, "2015-07-27").periods.map((p) => p.period.label);

describe("a year written in a law's number", () => {
  it.each([
    "Nine traffickers were convicted under Law 87(I)/2007, compared with two in 2013.",
    "Courts convicted 12 traffickers under Law 60(I)/2014 and other laws, compared with two in 2013.",
    "Under Law 87(II)/2007, 14 suspects were prosecuted, compared with two in 2013.",
    "Police charged 8 suspects under Law 91(III)/2011, compared with two in 2013.",
    "The court applied Law 60 (I)/2014 to 5 defendants, compared with two in 2013.",
    "Seven defendants were tried under Law 3(IV)/2010; compared with two in 2013.",
    "Law 123(I)/2005 was used in 6 cases, compared with two in 2013.",
    "Under laws 87(I)/2007 and 60(I)/2014, 20 cases were tried, compared with two in 2013.",
    "Eleven convictions under Law 49(V)/2009 followed, compared with two in 2013.",
    "The Refugee Law 6(I)/2000 covered 300 applicants, compared with two in 2013."
  ])("keeps only the statistics' year in %s", (sentence) => {
    expect(labels(sentence)).toEqual(["2013"]);
  });

  it.each([
    ["In 2006/2007, 40 victims were identified.", "2007"],
    ["The courts convicted 9 traffickers in 2014.", "2014"],
    ["Cases (I) in 2014 numbered 12.", "2014"],
    ["In (2014) 12 cases were opened.", "2014"],
    ["Victims (II)/ 2014 numbered 12.", "2014"],
    ["During 2007, nine traffickers were convicted.", "2007"],
    ["In 2013 (I), 12 cases were opened.", "2013"],
    ["Twelve cases were opened in 2012 under the law.", "2012"],
    ["The law of 2007 was applied in 2012 to 12 cases.", "2007"],
    ["By 2010, 40 victims had been identified.", "2010"]
  ])("still reads the year in %s", (sentence, year) => {
    expect(labels(sentence).join(" ")).toContain(year);
  });
});

describe("a year in a law's name", () => {
  it.each([
    "Under the Emigration Act of 1983, 120 workers were cleared in 2013.",
    "Under the Immigration Act 1971, 120 persons were removed in 2013.",
    "The Trafficking Act of 2003 was applied in 120 cases in 2013.",
    "Under the Aliens Law of 2008, 120 permits were issued in 2013.",
    "The Refugee Convention of 1951 covered 120 applicants in 2013.",
    "Under the Labour Code of 2001, 120 inspections were held in 2013.",
    "Under the Migration Ordinance of 1999, 120 persons were detained in 2013.",
    "The Emigration Act, 1983 required 120 clearances in 2013.",
    "Under the Anti-Trafficking Proclamation of 2015, 120 suspects were charged in 2013.",
    "The Passport Regulations of 1980 applied to 120 travellers in 2013."
  ])("%s", (sentence) => expect(labels(sentence)).toEqual(["2013"]));
  it("a year after an act that is no name stays", () => {
    expect(labels("In 2013, parliament passed an act; in 1983 there were 120.")).toContain("1983");
  });
});
